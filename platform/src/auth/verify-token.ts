import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { Unauthenticated } from '../errors';
import { ANONYMOUS, type Actor } from './actor';
import { AUDIENCE, ISSUER, type AccessClaims, type ConsentClaims, type SaleConfirmationClaims } from './token-claims';

export type TokenVerifier = (authorization: string | undefined | null) => Promise<Actor>;

/**
 * Verifies `Authorization: Bearer <jwt>` against identity's published keys
 * (JWKS, cached; refetched when an unknown key id shows up, so rotation needs
 * no restart). No header: anonymous. A bad, expired or foreign token: refused.
 */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 });
}

/** Verified tokens kept until they expire: an ES256 verification per request was a measurable share of every subgraph call. */
const VERIFIED_CACHE_SIZE = 10_000;

export function createTokenVerifier(keys: JWTVerifyGetKey | string): TokenVerifier {
  const getKey = typeof keys === 'string' ? remoteKeys(keys) : keys;
  const verified = new Map<string, { actor: Actor; until: number }>();
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) throw new Unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = m[1]!;
    const hit = verified.get(token);
    if (hit) {
      if (hit.until > Date.now()) return hit.actor;
      verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify<AccessClaims>(token, getKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['ES256'] });
      if (payload.typ !== 'user' && payload.typ !== 'partner') throw new Unauthenticated('This token is not an access token.');
      const actor = toActor(payload, token);
      if (payload.exp) {
        // Oldest first out: a Map keeps insertion order.
        if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
        verified.set(token, { actor, until: payload.exp * 1000 });
      }
      return actor;
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new Unauthenticated('Your session expired; refresh your token or sign in again.');
      if (err instanceof joseErrors.JOSEError) throw new Unauthenticated('This token is not valid here.');
      throw err;
    }
  };
}

/** Frozen: one cached actor serves every request made with its token. */
function toActor(payload: AccessClaims, token: string): Actor {
  return Object.freeze({
    kind: payload.typ === 'partner' ? 'partner' : 'user',
    accountId: payload.typ === 'user' ? payload.sub : null,
    partyId: payload.pty ?? null,
    profileId: payload.prf ?? null,
    roles: Object.freeze([...(payload.rol ?? [])]) as Actor['roles'],
    affiliateId: payload.aff ?? null,
    affiliateKind: payload.afk ?? null,
    scopes: Object.freeze([...(payload.scp ?? [])]) as Actor['scopes'],
    commune: payload.cmn ?? null,
    token,
  }) as Actor;
}

/** A statement identity signed about one party (consent, sale confirmation), or null when forged, expired or of another kind. */
async function verifyStatement<C extends { typ: string; sub?: string }>(getKey: JWTVerifyGetKey, token: string, typ: C['typ']): Promise<C | null> {
  try {
    const { payload } = await jwtVerify<C>(token, getKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['ES256'] });
    return payload.typ === typ && payload.sub ? (payload as C) : null;
  } catch {
    return null;
  }
}

/** A holder's consent token: returns the holder and the affiliate it allows, or null when invalid or expired. */
export async function verifyConsent(
  getKey: JWTVerifyGetKey,
  token: string,
): Promise<{ holderId: string; affiliateId: string; commune: string | null; serviceCode: string; vehicleId: string; id: string } | null> {
  const c = await verifyStatement<ConsentClaims>(getKey, token, 'consent');
  // Consents without a service, a vehicle and an id (issued before they were bound) allow nothing.
  return c?.aff && c.svc && c.veh && c.jti ? { holderId: c.sub, affiliateId: c.aff, commune: c.cmn ?? null, serviceCode: c.svc, vehicleId: c.veh, id: c.jti } : null;
}

/** A sale confirmation signed by identity, or null when forged, expired or of another kind. */
export async function verifySaleConfirmation(getKey: JWTVerifyGetKey, token: string): Promise<{ partyId: string; demandId: string } | null> {
  const c = await verifyStatement<SaleConfirmationClaims>(getKey, token, 'sale-confirmation');
  return c?.dmd ? { partyId: c.sub, demandId: c.dmd } : null;
}
