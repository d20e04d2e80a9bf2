import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireSignedIn } from '@simveb/platform/auth/actor';
import { Company } from '../company/company.entity';
import type { Context } from '../context';
import { Person } from '../person/person.entity';
import { Account } from './account.entity';
import { login, logout, refresh, requestLoginOtp, signUp, verifyOtp } from './auth.service';
import { AuthPayload, LoginInput, LogoutInput, OtpChallengePayload, RefreshTokenInput, RequestOtpInput, SignUpInput, VerifyOtpInput } from './auth.types';
import { Profile } from './profile.entity';

@Resolver(() => Account)
export class AuthResolver {
  @Mutation(() => OtpChallengePayload, { description: 'Inscription with your NPI (checked at ANIP); a code is sent to your phone.' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<OtpChallengePayload> {
    return signUp(ctx.em, input, ctx.services.auth);
  }

  @Mutation(() => AuthPayload, { description: 'Sign in with a password. Staff then confirm with the code sent (verifyOtp).' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return login(ctx.em, input, ctx.services.auth);
  }

  @Mutation(() => OtpChallengePayload, { description: 'Send a sign-in code by SMS (or e-mail) to this identifier.' })
  requestOtp(@Arg('input', () => RequestOtpInput) input: RequestOtpInput, @Ctx() ctx: Context): Promise<OtpChallengePayload> {
    return requestLoginOtp(ctx.em, input.identifier, ctx.services.auth);
  }

  @Mutation(() => AuthPayload, { description: 'Answer a code request (sign-in, inscription or staff second factor).' })
  verifyOtp(@Arg('input', () => VerifyOtpInput) input: VerifyOtpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return verifyOtp(ctx.em, input.challengeId, input.code, ctx.services.auth);
  }

  @Mutation(() => AuthPayload, { description: 'New access and refresh tokens for a refresh token (single use), optionally as another of your profiles.' })
  refreshToken(@Arg('input', () => RefreshTokenInput) input: RefreshTokenInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return refresh(ctx.em, input.refreshToken, input.profileId, ctx.services.auth);
  }

  @Mutation(() => Boolean, { description: 'Ends the session this refresh token belongs to.' })
  logout(@Arg('input', () => LogoutInput) input: LogoutInput, @Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx.em, input.refreshToken, ctx.services.auth);
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account (null when anonymous or a partner key).' })
  me(@Ctx() ctx: Context): Promise<Account | null> | null {
    if (ctx.actor.kind !== 'user' || !ctx.actor.accountId) return null;
    return ctx.em.findOne(Account, ctx.actor.accountId);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() account: Account, @Ctx() ctx: Context): Promise<Person | null> | null {
    return account.personId ? ctx.loaders.person.load(account.personId) : null;
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() account: Account, @Ctx() ctx: Context): Promise<Company | null> | null {
    return account.companyId ? ctx.loaders.company.load(account.companyId) : null;
  }

  @FieldResolver(() => [String], { description: 'Roles of the profile acting now.' })
  async roles(@Root() account: Account, @Ctx() ctx: Context): Promise<string[]> {
    if (ctx.actor.accountId === account.id) return ctx.actor.roles;
    const first = await ctx.em.findOne(Profile, { accountId: account.id, active: true }, { orderBy: { createdAt: 'asc' } });
    return first?.roles ?? [];
  }

  @FieldResolver(() => [Profile], { description: 'Every active profile; switch with refreshToken(profileId).' })
  profiles(@Root() account: Account, @Ctx() ctx: Context): Promise<Profile[]> {
    requireSignedIn(ctx.actor);
    return ctx.em.find(Profile, { accountId: account.id, active: true }, { orderBy: { createdAt: 'asc' } });
  }
}
