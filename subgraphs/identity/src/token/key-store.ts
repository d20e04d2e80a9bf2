import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTVerifyGetKey, type CryptoKey } from 'jose';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_TTL_SECONDS } from '@simveb/platform/auth/token-claims';
import { SigningKey } from './signing-key.entity';
import { inTransaction } from '@simveb/platform/db/transaction-scope';

const CACHE_MS = 30_000;
/** A new key is in the JWKS this long before it signs (verifiers refetch an unknown key at most every 5 s). */
export const PUBLISH_LEAD_MS = 15_000;

/**
 * Signing keys live in the database so every identity replica signs with the
 * same newest key and publishes the same JWKS. Cached briefly per process.
 */
export class KeyStore {
  private cached: { at: number; signer: { kid: string; key: CryptoKey }; jwks: { keys: JWK[] }; verifyKeys: JWTVerifyGetKey } | undefined;

  constructor(private readonly orm: MikroORM) {}

  /** Creates the first key if there is none (under a lock: replicas start together). */
  async ensureKey(): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      await em.getConnection().execute("select pg_advisory_xact_lock(hashtext('simveb-signing-key'))", [], 'all', em.getTransactionContext());
      if (!(await em.count(SigningKey, { retiredAt: null }))) await this.createKey(em);
    });
    this.cached = undefined;
    await this.load();
  }

  /**
   * The published keys as a verifier reads them. One set per load: a set made
   * per verification imported the public key again each time (the larger
   * part of identity's token checks when many distinct tokens call it).
   */
  async verificationKeys(): Promise<JWTVerifyGetKey> {
    return (await this.load()).verifyKeys;
  }

  async signer(): Promise<{ kid: string; key: CryptoKey }> {
    return (await this.load()).signer;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    return (await this.load()).jwks;
  }

  /** New key signs from now on; the old one verifies until the tokens it signed have expired. */
  async rotate(): Promise<string> {
    const kid = await this.orm.em.fork().transactional(async (em) => {
      await em.getConnection().execute("select pg_advisory_xact_lock(hashtext('simveb-signing-key'))", [], 'all', em.getTransactionContext());
      const activatesAt = new Date(Date.now() + PUBLISH_LEAD_MS);
      for (const k of await em.find(SigningKey, { retiredAt: null })) {
        k.retiredAt = activatesAt;
        k.expiresAt = new Date(activatesAt.getTime() + (ACCESS_TOKEN_TTL_SECONDS + 300) * 1000);
      }
      return this.createKey(em, activatesAt);
    });
    this.cached = undefined;
    await this.load();
    return kid;
  }

  private async createKey(em: ReturnType<MikroORM['em']['fork']>, activatesAt = new Date()): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomUUID();
    em.create(SigningKey, {
      kid,
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
      activatesAt,
    });
    await em.flush();
    return kid;
  }

  private async load() {
    // Inside a caller's transaction (a token refresh signs in one) a second connection is refused, and would wait
    // for ever on the embedded database: the keys last read serve until it ends, and are read again after.
    if (this.cached && (Date.now() - this.cached.at < CACHE_MS || inTransaction())) return this.cached;
    const em = this.orm.em.fork();
    const keys = await em.find(SigningKey, {}, { orderBy: { createdAt: 'desc' } });
    const now = Date.now();
    // The newest key already active signs; a just-rotated one waits its turn (published meanwhile).
    const current = keys.find((k) => k.activatesAt.getTime() <= now);
    if (!current) throw new Error('no signing key: ensureKey() was not called');
    const published = keys.filter((k) => !k.expiresAt || k.expiresAt.getTime() > now).map((k) => k.publicJwk as JWK);
    const nextSwitch = keys.find((k) => k.activatesAt.getTime() > now)?.activatesAt.getTime();
    this.cached = {
      at: nextSwitch ? Math.min(now, nextSwitch - CACHE_MS) : now,
      signer: { kid: current.kid, key: (await importJWK(current.privateJwk as JWK, 'ES256')) as CryptoKey },
      jwks: { keys: published },
      verifyKeys: createLocalJWKSet({ keys: published }),
    };
    return this.cached;
  }
}
