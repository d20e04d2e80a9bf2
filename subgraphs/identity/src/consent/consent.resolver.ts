import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Matches, MaxLength } from 'class-validator';
import { hasRole, requireScopeForPartner, requireSignedIn } from '@simveb/platform/auth/actor';
import { CONSENT_TTL_SECONDS } from '@simveb/platform/auth/token-claims';
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { BadInput, Forbidden } from '@simveb/platform/errors';
import { Account } from '../account/account.entity';
import { Affiliate } from '../affiliate/affiliate.entity';
import { OtpChallengePayload } from '../account/auth.types';
import type { Context } from '../context';
import { OtpPurpose } from '../otp/otp-challenge.entity';
import { maskDestination } from '../otp/otp.service';
import { Person } from '../person/person.entity';

@InputType()
class RequestHolderConsentInput {
  @Field(() => String, { description: 'NPI of the holder you act for.' })
  @Matches(/^\d{10}$/, { message: 'The NPI has 10 digits.' })
  holderNpi!: string;

  @Field(() => String, { description: 'The service you will file for them (the consent is for this service only).' })
  @Matches(/^[A-Z_]{3,40}$/, { message: 'A service code such as PLEDGE.' })
  serviceCode!: string;

  @Field(() => ID, { description: 'The vehicle concerned (the consent is for this vehicle only).' })
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'A vehicle id.' })
  vehicleId!: string;
}

@InputType()
class ConfirmHolderConsentInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => String, { description: 'The code the holder received and read out to you.' })
  @MaxLength(10)
  code!: string;
}

@ObjectType('HolderConsent')
class HolderConsent {
  @Field(() => ID, { description: 'The holder (person) who consented.' })
  holderId!: string;

  @Field(() => String, { description: 'Pass as consentToken to submitDemand; valid 30 minutes, for your affiliate only.' })
  consentToken!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

/**
 * An affiliate acts for a holder only after the holder agrees: a code goes to
 * the holder's phone, the holder gives it to the affiliate, and the affiliate
 * gets a consent token registration checks when the demand is filed.
 */
@Resolver()
export class ConsentResolver {
  @Mutation(() => OtpChallengePayload, { description: 'Affiliates: send the holder a code to consent to you acting for them.' })
  async requestHolderConsent(@Arg('input', () => RequestHolderConsentInput) input: RequestHolderConsentInput, @Ctx() ctx: Context) {
    requireSignedIn(ctx.actor);
    requireScopeForPartner(ctx.actor, 'demands:write', 'ask holders for consent');
    if (!ctx.actor.affiliateId || !hasRole(ctx.actor, 'AFFILIATE_ADMIN', 'AFFILIATE_MEMBER', 'PARTNER')) {
      throw new Forbidden('Only affiliates ask a holder for consent.');
    }
    // Read on both paths below, so a known and an unknown NPI still take about as long.
    const affiliate = await ctx.em.findOne(Affiliate, ctx.actor.affiliateId);
    const person = await ctx.em.findOne(Person, { npi: input.holderNpi });
    const account = person ? await ctx.em.findOne(Account, { personId: person.id }) : null;
    const phone = account?.phone ?? person?.phone;
    // Nobody with that NPI (or no phone): the same answer, after about the same time, so the NPI's existence is not told.
    if (!person || !phone) {
      await hash(input.holderNpi);
      return { challengeId: randomUUID(), destination: '+229 ** ** ** **', expiresAt: new Date(Date.now() + 300_000) };
    }
    const challenge = await ctx.services.otp.issue(ctx.em, account?.id ?? person.id, OtpPurpose.HOLDER_CONSENT, phone, {
      affiliateId: ctx.actor.affiliateId,
      affiliateName: affiliate?.name ?? null,
      holderId: person.id,
      serviceCode: input.serviceCode,
      vehicleId: input.vehicleId.toLowerCase(),
      subjectId: `${input.serviceCode}:${input.vehicleId.toLowerCase()}`,
    });
    return { challengeId: challenge.id, destination: maskDestination(phone), expiresAt: challenge.expiresAt };
  }

  @Mutation(() => HolderConsent, { description: 'Affiliates: turn the holder’s code into a consent token.' })
  async confirmHolderConsent(@Arg('input', () => ConfirmHolderConsentInput) input: ConfirmHolderConsentInput, @Ctx() ctx: Context) {
    requireSignedIn(ctx.actor);
    requireScopeForPartner(ctx.actor, 'demands:write', 'confirm a holder’s consent');
    if (!ctx.actor.affiliateId) throw new Forbidden('Only affiliates confirm a holder’s consent.');
    const challenge = await ctx.services.otp.verify(ctx.em, input.challengeId, input.code, [OtpPurpose.HOLDER_CONSENT], { belongs: (c) => c.context?.affiliateId === ctx.actor.affiliateId });
    const holderId = String(challenge.context?.holderId ?? '');
    if (!holderId) throw BadInput.field('challengeId', 'Not a consent request.');
    const holder = await ctx.em.findOne(Person, holderId);
    const { token, expiresAt } = await ctx.services.tokens.signConsent(holderId, ctx.actor.affiliateId, holder?.commune ?? null, CONSENT_TTL_SECONDS, {
      serviceCode: String(challenge.context?.serviceCode ?? ''),
      vehicleId: String(challenge.context?.vehicleId ?? ''),
    });
    return { holderId, consentToken: token, expiresAt };
  }
}
