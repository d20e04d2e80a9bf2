import { ANONYMOUS, type Actor } from '@simveb/platform/auth/actor';
import { createTokenVerifier, type TokenVerifier } from '@simveb/platform/auth/verify-token';
import { createHash } from 'node:crypto';
import { DomainError, Unauthenticated, UpstreamUnavailable } from '@simveb/platform/errors';
import type { WindowCounter } from '@simveb/platform/rate/counter';

/** The shape of a partner API key: anything else is refused without asking identity. */
const API_KEY = /^sk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/;
/** A refused key is refused again from memory for this long (no database read per request). */
const REFUSED_KEY_TTL_MS = 30_000;
/** How long the router trusts an affiliate's "approved" answer. */
const AFFILIATE_STATUS_TTL_MS = 5_000;
/** Refused keys per client address per minute before its key exchanges are cut off for the minute. */
const REFUSED_KEYS_PER_MINUTE = 20;

export interface Authenticated {
  actor: Actor;
  /** What subgraphs receive: the verified access token, or the partner token an API key was exchanged for. */
  authorization: string | null;
}

/**
 * Verifies credentials once per request (HTTP) or connection (WebSocket):
 * access tokens against identity's JWKS; partner API keys by exchanging them
 * at identity for a one-minute token, on every request, so a revoked key is
 * refused at once. Subgraphs verify the forwarded token again.
 */
export class RouterAuth {
  private readonly verify: TokenVerifier;
  private readonly refused = new Map<string, number>();
  private readonly affiliates = new Map<string, { approved: boolean; until: number }>();

  constructor(
    jwksUrl: string,
    private readonly exchangeUrl: string,
    /** Counts refused keys per client address (shared by the routers through Redis when configured). */
    private readonly failures?: WindowCounter,
    /** Identity's internal endpoint telling whether an affiliate is still approved, and the token it needs. */
    private readonly affiliateStatus?: { url: (id: string) => string; internalToken: string },
  ) {
    this.verify = createTokenVerifier(jwksUrl);
  }

  /**
   * `address` is the client's (past trusted proxies): an address that keeps
   * presenting bad API keys is cut off for a minute, and a bad key is refused
   * from memory for 30 s, so guessing keys costs identity nothing.
   */
  async authenticate(authorization: string | undefined | null, address = 'unknown'): Promise<Authenticated> {
    if (!authorization) return { actor: ANONYMOUS, authorization: null };
    const key = /^Bearer\s+(sk_\S+)$/i.exec(authorization.trim())?.[1];
    if (!key) {
      const actor = await this.verify(authorization);
      if (actor.affiliateId && !(await this.affiliateApproved(actor.affiliateId))) {
        throw new Unauthenticated('Your organisation is suspended: its members’ sessions no longer open the graph.');
      }
      return { actor, authorization };
    }
    if (!API_KEY.test(key)) throw new Unauthenticated('Not a SIMVEB API key.');
    const fingerprint = createHash('sha256').update(key).digest('hex');
    const refusedUntil = this.refused.get(fingerprint);
    if (refusedUntil && refusedUntil > Date.now()) throw new Unauthenticated('This API key is unknown or revoked.');
    if (this.failures) {
      const { total, resetInSeconds } = await this.failures.hit(`apikey-refused:${address}`, 60, 0);
      if (total >= REFUSED_KEYS_PER_MINUTE) {
        throw new DomainError('RATE_LIMITED', `Too many refused API keys from your address; try again in ${resetInSeconds} s.`, { retryAfterSeconds: resetInSeconds });
      }
    }
    let res: Response;
    try {
      res = await fetch(this.exchangeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key }),
        signal: AbortSignal.timeout(3_000),
      });
    } catch {
      throw new UpstreamUnavailable('identity');
    }
    if (res.status === 401) {
      if (this.refused.size > 10_000) this.refused.clear();
      this.refused.set(fingerprint, Date.now() + REFUSED_KEY_TTL_MS);
      await this.failures?.hit(`apikey-refused:${address}`, 60, 1);
      throw new Unauthenticated(((await res.json()) as { error: string }).error);
    }
    if (!res.ok) throw new UpstreamUnavailable('identity');
    const { token } = (await res.json()) as { token: string };
    // (The exchange itself refuses keys of a suspended affiliate.)
    const forwarded = `Bearer ${token}`;
    return { actor: await this.verify(forwarded), authorization: forwarded };
  }

  /** Whether an affiliate is approved now (asked of identity, kept 5 s): a suspension stops its members within that. */
  async affiliateApproved(id: string): Promise<boolean> {
    if (!this.affiliateStatus) return true;
    const cached = this.affiliates.get(id);
    if (cached && cached.until > Date.now()) return cached.approved;
    let approved: boolean;
    try {
      const res = await fetch(this.affiliateStatus.url(id), { headers: { 'x-internal-token': this.affiliateStatus.internalToken }, signal: AbortSignal.timeout(2_000) });
      approved = res.ok && ((await res.json()) as { status: string }).status === 'APPROVED';
    } catch {
      throw new UpstreamUnavailable('identity');
    }
    if (this.affiliates.size > 10_000) this.affiliates.clear();
    this.affiliates.set(id, { approved, until: Date.now() + AFFILIATE_STATUS_TTL_MS });
    return approved;
  }
}
