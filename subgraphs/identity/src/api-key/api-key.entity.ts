import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Scope } from '@simveb/platform/auth/actor';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A partner integrator's key: shown once, stored as a SHA-256 of its secret
 * (the secret is 256 random bits, so a slow hash buys nothing), found by its
 * public prefix, scoped and revocable.
 */
@ObjectType('ApiKey')
@Entity({ tableName: 'api_key' })
export class ApiKey {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Index()
  @Property({ type: 'uuid' })
  affiliateId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Public part, shown in lists to tell keys apart.' })
  @Unique()
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  scopes!: Scope[];

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;
}
