import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { registerEnumType } from 'type-graphql';

export enum OtpPurpose {
  SIGN_UP = 'SIGN_UP',
  LOGIN = 'LOGIN',
  SECOND_FACTOR = 'SECOND_FACTOR',
  HOLDER_CONSENT = 'HOLDER_CONSENT',
  SALE_CONFIRMATION = 'SALE_CONFIRMATION',
}
registerEnumType(OtpPurpose, { name: 'OtpPurpose' });

/**
 * A one-time code sent to one account for one purpose. Only its hash is
 * kept; it expires, counts failed attempts and is consumed once.
 */
@Entity({ tableName: 'otp_challenge' })
@Index({ properties: ['accountId', 'purpose', 'createdAt'] })
export class OtpChallenge {
  [OptionalProps]?: 'attempts' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  accountId!: string;

  @Enum({ items: () => OtpPurpose, type: 'string' })
  purpose!: OtpPurpose;

  @Property({ type: 'text' })
  codeHash!: string;

  @Property({ type: 'string', length: 200 })
  destination!: string;

  /** Purpose-specific data: the profile for a second factor, the affiliate and demand for a consent. */
  @Property({ type: 'json', nullable: true })
  context?: Record<string, unknown> | null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  consumedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
