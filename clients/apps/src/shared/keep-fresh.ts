import { watch } from 'vue';
import type { Client } from '@urql/core';
import { RefreshTokenDocument } from '@simveb/clients/sdk/generated/graphql';
import { reconnectLive } from './graph';
import { session, signedIn, signOut } from './session';

/** Renew this long before the access token expires (the graph's tokens last 15 minutes). */
const AHEAD_MS = 60_000;

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
    const res = await client.mutation(RefreshTokenDocument, { input: { refreshToken } }).toPromise();
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
      if (!s?.expiresAt || !s.refreshToken) return;
      timer = setTimeout(() => void renew(), Math.max(Date.parse(s.expiresAt) - Date.now() - AHEAD_MS, 0));
    },
    { immediate: true },
  );
}
