import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCESS_TOKEN_TTL_SECONDS, AUDIENCE, ISSUER, type AccessClaims } from '@simveb/platform/auth/token-claims';
import { Unauthenticated } from '@simveb/platform/errors';
import { newId } from '@simveb/platform/ids';
import type { Account } from '../account/account.entity';
import type { Profile } from '../account/profile.entity';
import { Affiliate } from '../affiliate/affiliate.entity';
import { Person } from '../person/person.entity';
import type { KeyStore } from './key-store';
import { RefreshToken } from './refresh-token.entity';

export const REFRESH_TOKEN_TTL_DAYS = 30;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

export class TokenService {
  constructor(private readonly keys: KeyStore) {}

  async sign(claims: AccessClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const { kid, key } = await this.keys.signer();
    const now = Math.floor(Date.now() / 1000);
    const { sub, ...rest } = claims;
    const token = await new SignJWT({ ...rest })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .setJti(newId())
      .sign(key);
    return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
  }

  /** A consent for one service on one vehicle, used once (its jti is recorded when a demand uses it). */
  async signConsent(holderId: string, affiliateId: string, commune: string | null, ttlSeconds: number, scope: { serviceCode: string; vehicleId: string }): Promise<{ token: string; expiresAt: Date }> {
    return this.signFor(holderId, { typ: 'consent', aff: affiliateId, cmn: commune, svc: scope.serviceCode, veh: scope.vehicleId, jti: newId() }, ttlSeconds);
  }

  async signSaleConfirmation(partyId: string, demandId: string, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    return this.signFor(partyId, { typ: 'sale-confirmation', dmd: demandId }, ttlSeconds);
  }

  /** A short-lived statement about one party (consent, confirmation), signed with the current key for registration to check. */
  private async signFor(subject: string, claims: Record<string, unknown>, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const { kid, key } = await this.keys.signer();
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(key);
    return { token, expiresAt: new Date((now + ttlSeconds) * 1000) };
  }

  async accessClaims(em: EntityManager, account: Account, profile: Profile): Promise<AccessClaims> {
    const affiliate = profile.affiliateId ? await em.findOne(Affiliate, profile.affiliateId) : null;
    const person = account.personId ? await em.findOne(Person, account.personId) : null;
    return {
      sub: account.id,
      typ: 'user',
      pty: account.personId ?? account.companyId ?? null,
      prf: profile.id,
      rol: profile.roles,
      aff: affiliate?.id ?? null,
      afk: affiliate?.kind ?? null,
      scp: [],
      cmn: person?.commune ?? null,
    };
  }

  /** A new session: access token plus the first refresh token of a new family. */
  async issue(em: EntityManager, account: Account, profile: Profile, mfa: boolean, familyId = newId()): Promise<IssuedTokens> {
    const access = await this.sign(await this.accessClaims(em, account, profile), ACCESS_TOKEN_TTL_SECONDS);
    const refreshToken = `rt_${randomBytes(32).toString('base64url')}`;
    em.create(RefreshToken, {
      familyId,
      accountId: account.id,
      profileId: profile.id,
      mfa,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    await em.flush();
    return { accessToken: access.token, refreshToken, expiresAt: access.expiresAt };
  }

  /**
   * Single use: marks the presented token used (atomically) and returns it.
   * A token used before is a replay: the family is revoked and the caller refused.
   */
  async consume(em: EntityManager, refreshToken: string): Promise<RefreshToken> {
    const found = await em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) });
    if (!found || found.revokedAt || found.expiresAt.getTime() < Date.now()) {
      throw new Unauthenticated('This refresh token is not valid; sign in again.');
    }
    const claimed = await em.nativeUpdate(RefreshToken, { id: found.id, usedAt: null, revokedAt: null }, { usedAt: new Date() });
    if (claimed === 0) {
      await this.revokeFamily(em, found.familyId);
      throw new Unauthenticated('This refresh token was already used: every session it belongs to is now closed. Sign in again.');
    }
    return found;
  }

  async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
  }
}
