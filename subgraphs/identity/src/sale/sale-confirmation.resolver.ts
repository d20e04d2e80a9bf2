import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { requireSignedIn } from '@simveb/platform/auth/actor';
import { SALE_CONFIRMATION_TTL_SECONDS } from '@simveb/platform/auth/token-claims';
import { BadInput, Forbidden } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { Account } from '../account/account.entity';
import { OtpChallengePayload } from '../account/auth.types';
import type { Context } from '../context';
import { OtpPurpose } from '../otp/otp-challenge.entity';
import { maskDestination } from '../otp/otp.service';

@InputType()
class ConfirmSaleCodeInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => String, { description: 'The code your phone received.' })
  @MaxLength(10)
  code!: string;
}

@ObjectType('SaleConfirmation')
class SaleConfirmation {
  @Field(() => String, { description: 'Pass to confirmSaleDeclaration; valid 10 minutes, for this sale and you only.' })
  confirmationToken!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

/**
 * A sale binds two people; each confirms it with a code sent to their own
 * phone (possession, not just a session). Identity checks the code and signs
 * a confirmation of that sale by that party; registration records it.
 */
@Resolver()
export class SaleConfirmationResolver {
  @Mutation(() => OtpChallengePayload, { description: 'Seller or buyer: send me a code to confirm this sale declaration.' })
  async requestSaleConfirmationCode(@Arg('demandId', () => ID) demandId: string, @Ctx() ctx: Context) {
    requireSignedIn(ctx.actor);
    if (!isUuid(demandId)) throw BadInput.field('demandId', 'Not a valid id.');
    if (!ctx.actor.partyId || ctx.actor.affiliateId) throw new Forbidden('The seller and the buyer confirm a sale themselves, from their own account.');
    const account = await ctx.em.findOneOrFail(Account, ctx.actor.accountId!);
    const to = account.phone ?? account.email;
    if (!to) throw BadInput.field('demandId', 'Your account has no phone or e-mail to send the code to.');
    const challenge = await ctx.services.otp.issue(ctx.em, account.id, OtpPurpose.SALE_CONFIRMATION, to, { subjectId: demandId, partyId: ctx.actor.partyId });
    return { challengeId: challenge.id, destination: maskDestination(to), expiresAt: challenge.expiresAt };
  }

  @Mutation(() => SaleConfirmation, { description: 'Turn the code into a confirmation of the sale (then confirmSaleDeclaration).' })
  async confirmSaleConfirmationCode(@Arg('input', () => ConfirmSaleCodeInput) input: ConfirmSaleCodeInput, @Ctx() ctx: Context) {
    requireSignedIn(ctx.actor);
    const challenge = await ctx.services.otp.verify(ctx.em, input.challengeId, input.code, [OtpPurpose.SALE_CONFIRMATION], {
      belongs: (c) => c.accountId === ctx.actor.accountId && c.context?.partyId === ctx.actor.partyId,
    });
    const { token, expiresAt } = await ctx.services.tokens.signSaleConfirmation(String(challenge.context!.partyId), String(challenge.context!.subjectId), SALE_CONFIRMATION_TTL_SECONDS);
    return { confirmationToken: token, expiresAt };
  }
}
