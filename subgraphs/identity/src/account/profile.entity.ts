import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@simveb/platform/auth/actor';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ProfileKind {
  CITIZEN = 'CITIZEN',
  STAFF = 'STAFF',
  JUSTICE = 'JUSTICE',
  AFFILIATE = 'AFFILIATE',
}
registerEnumType(ProfileKind, { name: 'ProfileKind', description: 'Espace: the hat the account wears when it acts.' });

/**
 * One of the account's profiles: a citizen, an ANaTT staff member, a court
 * officer, or a member of an affiliate with roles in that affiliate only.
 * The access token carries exactly one profile: the one acting.
 */
@ObjectType('Profile')
@Entity({ tableName: 'profile' })
export class Profile {
  [OptionalProps]?: 'createdAt' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Index()
  @Property({ type: 'uuid' })
  accountId!: string;

  @Field(() => ProfileKind)
  @Enum({ items: () => ProfileKind, type: 'string' })
  kind!: ProfileKind;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  roles!: Role[];

  @Index()
  @Property({ type: 'uuid', nullable: true })
  affiliateId?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'uuid', nullable: true })
  grantedBy?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
