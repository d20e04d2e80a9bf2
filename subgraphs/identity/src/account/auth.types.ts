import { IsEmail, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Account } from './account.entity';
import { Profile } from './profile.entity';

@ObjectType('OtpChallenge', { description: 'A code was sent; answer with verifyOtp(challengeId, code).' })
export class OtpChallengePayload {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => String, { description: 'Where the code went, masked (e.g. "+229 ** ** ** 01").' })
  destination!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { nullable: true, description: 'JWT, 15 minutes. Null while a second factor is pending.' })
  accessToken!: string | null;

  @Field(() => String, { nullable: true, description: 'Single use; exchange it with refreshToken for a new pair.' })
  refreshToken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the access token expires.' })
  expiresAt!: Date | null;

  @Field(() => Account)
  account!: Account;

  @Field(() => Profile, { nullable: true, description: 'The profile the tokens act as.' })
  profile!: Profile | null;

  @Field(() => OtpChallengePayload, { nullable: true, description: 'Staff: a code was sent; finish with verifyOtp.' })
  secondFactor!: OtpChallengePayload | null;
}

export const PHONE = /^\+229\d{8,10}$/;

@InputType()
export class LoginInput {
  @Field(() => String, { description: 'Phone (+229…) or e-mail.' })
  @MaxLength(200)
  identifier!: string;

  @Field(() => String)
  @MaxLength(200)
  password!: string;
}

@InputType()
export class RequestOtpInput {
  @Field(() => String, { description: 'Phone (+229…) or e-mail of the account.' })
  @MaxLength(200)
  identifier!: string;
}

@InputType()
export class VerifyOtpInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => String)
  @MaxLength(10)
  code!: string;
}

@InputType()
export class RefreshTokenInput {
  @Field(() => String)
  @MaxLength(200)
  refreshToken!: string;

  @Field(() => ID, { nullable: true, description: 'Switch to another of your profiles.' })
  profileId?: string;
}

@InputType()
export class LogoutInput {
  @Field(() => String)
  @MaxLength(200)
  refreshToken!: string;
}

@InputType({ description: 'Inscription: the NPI and birth date must match ANIP’s register.' })
export class SignUpInput {
  @Field(() => String)
  @Matches(/^\d{10}$/, { message: 'The NPI has 10 digits.' })
  npi!: string;

  @Field(() => DateResolver, { description: 'As on your identity record, checked against ANIP.' })
  birthDate!: Date;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Ignored: the confirmation code goes to the phone ANIP has on record for this NPI, never to a typed one.',
  })
  @IsOptional()
  @Matches(PHONE, { message: 'A Benin phone number: +229 followed by 8 to 10 digits.' })
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Not an e-mail address.' })
  email?: string;

  @Field(() => String, { nullable: true, description: 'Optional: without one you sign in with a code by SMS.' })
  @IsOptional()
  @MinLength(10, { message: 'At least 10 characters.' })
  @MaxLength(200)
  password?: string;
}

@InputType()
export class SelectProfileInput {
  @Field(() => ID)
  profileId!: string;
}

export const isEmail = (s: string) => s.includes('@');
export function normalizeIdentifier(raw: string): { phone?: string; email?: string } {
  const v = raw.trim();
  if (isEmail(v)) return { email: v.toLowerCase() };
  const digits = v.replace(/[\s.-]/g, '');
  return { phone: digits.startsWith('+') ? digits : `+229${digits}` };
}
