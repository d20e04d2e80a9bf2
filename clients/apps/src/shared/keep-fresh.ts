import { watch } from 'vue';
import type { Client } from '@urql/core';
import { RefreshTokenDocument } from '@simveb/clients/sdk/generated/graphql';
import { reconnectLive } from './graph';
import { session, signedIn, signOut } from './session';

/** Renew this long before the access token expires (the graph's tokens last 15 minutes). */
const AHEAD_MS = 60_000;
/** Never sooner than this after the last renewal, whatever the clocks say. */
const AT_LEAST_MS = 30_000;

/**
 * How long the access token lives, read from its own claims (exp - iat: both
 * the graph's clock), so the renewal is timed on this browser's clock from
 * when the token arrived: a computer whose clock is off by minutes would
 * otherwise renew in a loop, or too late. Only two numbers are read and
 * nothing is trusted from them (the graph verifies tokens), so no JWT library.
 */
function lifetimeMs(accessToken: string): number | null {
  try {
    const claims = JSON.parse(atob(accessToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number; iat?: number };
    return claims.exp && claims.iat ? (claims.exp - claims.iat) * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Keeps a signed-in person signed in: shortly before the access token
 * expires, the refresh token (single use) buys a new pair, and the live
 * socket reconnects with it — the router ends a socket's subscriptions when
 * its token expires, so without this a dashboard would fall silent after a
 * quarter of an hour. A refusal (revoked, expired after 30 days) signs out.
 */
export function keepSessionFresh(client: Client): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const renew = async () => {
    const refreshToken = session.value?.refreshToken;
    if (!refreshToken) return;
    // Without the access token: it may have expired already (a tab reopened late), and the refresh token is the credential here.
    const res = await client.mutation(RefreshTokenDocument, { input: { refreshToken } }, { fetchOptions: { headers: {} } }).toPromise();
    const next = res.data?.refreshToken;
    if (!next?.accessToken) {
      // A network failure is tried again in a while; a refusal means the session is over.
      if (res.error?.networkError) timer = setTimeout(() => void renew(), 10_000);
      else signOut();
      return;
    }
    signedIn({ accessToken: next.accessToken, refreshToken: next.refreshToken, expiresAt: next.expiresAt });
    reconnectLive();
  };
  watch(
    session,
    (s) => {
      clearTimeout(timer);
      const lifetime = s?.refreshToken ? lifetimeMs(s.accessToken) : null;
      if (!s || !lifetime) return;
      const due = (s.receivedAt ?? Date.now()) + lifetime - AHEAD_MS;
      const fresh = Date.now() - (s.receivedAt ?? 0) < AT_LEAST_MS;
      timer = setTimeout(() => void renew(), Math.max(due - Date.now(), fresh ? AT_LEAST_MS : 0));
    },
    { immediate: true },
  );
}
