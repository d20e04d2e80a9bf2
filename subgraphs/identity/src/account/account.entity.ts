import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AccountStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus', description: 'PENDING until the phone is confirmed with a one-time code.' });

/** A way to sign in (compte): a phone and/or an e-mail, bound to one person or company. An entity so registration can add the staff member's centres. */
@Directive('@key(fields: "id")')
@ObjectType('Account')
@Entity({ tableName: 'account' })
export class Account {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Index()
  @Property({ type: 'uuid', nullable: true })
  personId?: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  companyId?: string | null;

  @Field(() => String, { nullable: true })
  @Unique()
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Unique()
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  /** argon2id; null for OTP-only accounts. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Field(() => AccountStatus)
  @Enum({ items: () => AccountStatus, type: 'string' })
  status: AccountStatus = AccountStatus.PENDING;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;
}
