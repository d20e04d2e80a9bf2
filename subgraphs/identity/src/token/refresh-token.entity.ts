import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';

/**
 * A refresh token, stored as a SHA-256 of its random value. Each use replaces
 * it with a new one of the same family; presenting a used one again means it
 * was stolen, and the whole family is revoked.
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Index()
  @Property({ type: 'uuid' })
  familyId!: string;

  @Index()
  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'uuid' })
  profileId!: string;

  /** The session passed a second factor: only then may it act as staff or justice. */
  @Property({ type: 'boolean', default: false })
  mfa!: boolean;

  @Unique()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
