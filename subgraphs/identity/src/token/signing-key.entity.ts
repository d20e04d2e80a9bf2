import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * ES256 key pairs. The newest signs; older ones stay published in the JWKS
 * until every token they signed has expired, so rotation logs nobody out.
 */
@Entity({ tableName: 'signing_key' })
export class SigningKey {
  [OptionalProps]?: 'createdAt' | 'activatesAt';

  @PrimaryKey({ type: 'string', length: 64 })
  kid!: string;

  @Property({ type: 'json' })
  publicJwk!: Record<string, unknown>;

  @Property({ type: 'json', hidden: true })
  privateJwk!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Signs from this time: published first, so every verifier has it before the first token it signs. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  activatesAt: Date = new Date();

  /** No longer signs after this; still verifies until `expiresAt`. */
  @Property({ type: 'datetime', nullable: true })
  retiredAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;
}
