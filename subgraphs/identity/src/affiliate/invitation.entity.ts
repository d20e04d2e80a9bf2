import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@simveb/platform/auth/actor';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/** An invitation, by NPI, to join an affiliate with given roles; accepted by the person holding that NPI. */
@ObjectType('AffiliateInvitation')
@Entity({ tableName: 'invitation' })
export class Invitation {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Index()
  @Property({ type: 'uuid' })
  affiliateId!: string;

  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 10 })
  npi!: string;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  roles!: Role[];

  @Property({ type: 'uuid' })
  invitedBy!: string;

  @Field(() => InvitationStatus)
  @Enum({ items: () => InvitationStatus, type: 'string' })
  status: InvitationStatus = InvitationStatus.PENDING;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
