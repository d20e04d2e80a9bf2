import { ANONYMOUS, type Actor } from '@simveb/platform/auth/actor';
import { createTokenVerifier, type TokenVerifier } from '@simveb/platform/auth/verify-token';
import { Unauthenticated, UpstreamUnavailable } from '@simveb/platform/errors';

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

  constructor(
    jwksUrl: string,
    private readonly exchangeUrl: string,
  ) {
    this.verify = createTokenVerifier(jwksUrl);
  }

  async authenticate(authorization: string | undefined | null): Promise<Authenticated> {
    if (!authorization) return { actor: ANONYMOUS, authorization: null };
    const key = /^Bearer\s+(sk_\S+)$/i.exec(authorization.trim())?.[1];
    if (!key) return { actor: await this.verify(authorization), authorization };
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
    if (res.status === 401) throw new Unauthenticated(((await res.json()) as { error: string }).error);
    if (!res.ok) throw new UpstreamUnavailable('identity');
    const { token } = (await res.json()) as { token: string };
    const forwarded = `Bearer ${token}`;
    return { actor: await this.verify(forwarded), authorization: forwarded };
  }
}
