import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireRole, type Role, type Scope } from '@simveb/platform/auth/actor';
import { Profile } from '../account/profile.entity';
import { ApiKey } from '../api-key/api-key.entity';
import type { Context } from '../context';
import { Affiliate, AffiliateStatus } from './affiliate.entity';
import { CreateAffiliateInput, CreateApiKeyInput, GrantStaffRoleInput, InviteMemberInput } from './admin.inputs';
import { Invitation } from './invitation.entity';
import { acceptInvitation, createAffiliate, createApiKey, grantStaffRole, invite, revokeApiKey, rotateSigningKey, setAffiliateStatus } from './admin.service';

@ObjectType('CreatedApiKey')
class CreatedApiKey {
  @Field(() => ApiKey)
  key!: ApiKey;

  @Field(() => String, { description: 'Shown this once: store it now. Send it as "Authorization: Bearer <secret>".' })
  secret!: string;
}

@Resolver()
export class AdminResolver {
  @Query(() => [Affiliate], { description: 'Affiliates (ANaTT admins).' })
  affiliates(@Ctx() ctx: Context): Promise<Affiliate[]> {
    requireRole(ctx.actor, ['ADMIN'], 'list affiliates');
    return ctx.em.find(Affiliate, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [ApiKey], { description: 'API keys of an affiliate (ANaTT admins). Secrets are never shown again.' })
  apiKeys(@Arg('affiliateId', () => ID) affiliateId: string, @Ctx() ctx: Context): Promise<ApiKey[]> {
    requireRole(ctx.actor, ['ADMIN'], 'list API keys');
    return ctx.em.find(ApiKey, { affiliateId }, { orderBy: { createdAt: 'desc' } });
  }

  @Mutation(() => Affiliate, { description: 'Register an affiliate (pending approval).' })
  createAffiliate(@Arg('input', () => CreateAffiliateInput) input: CreateAffiliateInput, @Ctx() ctx: Context) {
    return createAffiliate(ctx.em, ctx.actor, input);
  }

  @Mutation(() => Affiliate, { description: 'Approve, suspend or reinstate an affiliate.' })
  setAffiliateStatus(@Arg('id', () => ID) id: string, @Arg('status', () => AffiliateStatus) status: AffiliateStatus, @Ctx() ctx: Context) {
    return setAffiliateStatus(ctx.em, ctx.actor, id, status);
  }

  @Mutation(() => Invitation, { description: 'Invite a person (by NPI) into an affiliate with a role you may grant.' })
  inviteAffiliateMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: Context) {
    return invite(ctx.em, ctx.actor, { ...input, role: input.role as Role });
  }

  @Mutation(() => Profile, { description: 'Accept an invitation sent to your NPI: you gain that affiliate profile.' })
  acceptInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: Context) {
    return acceptInvitation(ctx.em, ctx.actor, invitationId);
  }

  @Mutation(() => Profile, { description: 'Give an ANaTT staff or justice role to someone else (admins).' })
  grantStaffRole(@Arg('input', () => GrantStaffRoleInput) input: GrantStaffRoleInput, @Ctx() ctx: Context) {
    return grantStaffRole(ctx.em, ctx.actor, { ...input, role: input.role as Role });
  }

  @Mutation(() => CreatedApiKey, { description: 'A partner API key for an affiliate; the secret is shown once.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    return createApiKey(ctx.em, ctx.actor, { ...input, scopes: input.scopes as Scope[] });
  }

  @Mutation(() => ApiKey, { description: 'Revoke a partner API key: refused from the next request on.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return revokeApiKey(ctx.em, ctx.actor, id);
  }

  @Mutation(() => String, { description: 'Start signing with a new key; tokens signed with the old one stay valid until they expire. Returns the new key id.' })
  rotateSigningKey(@Ctx() ctx: Context) {
    return rotateSigningKey(ctx.em, ctx.actor, ctx.services.keys);
  }
}

@Resolver(() => Profile)
export class ProfileResolver {
  @FieldResolver(() => Affiliate, { nullable: true, description: 'The affiliate this profile acts for.' })
  affiliate(@Root() profile: Profile, @Ctx() ctx: Context): Promise<Affiliate | null> | null {
    return profile.affiliateId ? ctx.loaders.affiliate.load(profile.affiliateId) : null;
  }
}
