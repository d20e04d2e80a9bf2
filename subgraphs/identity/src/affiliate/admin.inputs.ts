import { ArrayMaxSize, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AffiliateKind } from './affiliate.entity';

@InputType()
export class CreateAffiliateInput {
  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => AffiliateKind)
  kind!: AffiliateKind;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  affiliateId!: string;

  @Field(() => String)
  @Matches(/^\d{10}$/, { message: 'The NPI has 10 digits.' })
  npi!: string;

  @Field(() => String, { description: 'AFFILIATE_ADMIN or AFFILIATE_MEMBER.' })
  role!: string;
}

@InputType()
export class GrantStaffRoleInput {
  @Field(() => String)
  @Matches(/^\d{10}$/, { message: 'The NPI has 10 digits.' })
  npi!: string;

  @Field(() => String, { description: 'ADMIN, SERVICE_HEAD, AGENT, DEMAND_MANAGER, COURT_CLERK or INVESTIGATING_JUDGE.' })
  role!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  affiliateId!: string;

  @Field(() => String)
  @Length(2, 100)
  name!: string;

  @Field(() => [String], { description: 'vehicles:read, holders:read, demands:read, demands:write.' })
  @ArrayMaxSize(10)
  scopes!: string[];
}

export { MaxLength };
