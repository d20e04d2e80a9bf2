import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { ref } from 'vue';
import { graphUrl } from './config';
import { token } from './session';

/** What the connection badge shows: live updates flowing, being re-established, or cut. */
export type LiveState = 'connecting' | 'online' | 'offline';
export const liveState = ref<LiveState>('connecting');

const PING_EVERY_MS = 3_000;
const PONG_WITHIN_MS = 2_000;

/**
 * graphql-ws with a heartbeat: a ping every 3 s, and a socket whose pong does
 * not come within 2 s is closed, so a cut network shows within seconds (a
 * dead TCP connection can otherwise look open for minutes). It reconnects
 * for ever with backoff; graphql-ws resubscribes every open subscription.
 */
function liveClient(): WsClient {
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let socket: WebSocket | undefined;
  return createWsClient({
    url: graphUrl().replace(/^http/, 'ws'),
    connectionParams: () => (token.value ? { authorization: `Bearer ${token.value}` } : {}),
    keepAlive: PING_EVERY_MS,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(1_000 * 2 ** retries, 8_000))),
    lazy: true,
    on: {
      connecting: () => {
        if (liveState.value !== 'offline') liveState.value = 'connecting';
      },
      opened: (s) => {
        socket = s as WebSocket;
      },
      connected: () => {
        liveState.value = 'online';
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Request Timeout');
        }, PONG_WITHIN_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: () => {
        clearTimeout(pongTimer);
        liveState.value = 'offline';
      },
      error: () => {
        liveState.value = 'offline';
      },
    },
  });
}

let ws: WsClient | undefined;

/**
 * The operation's id in the manifest the router knows (codegen embeds it in
 * every typed document): requests name it instead of sending the text, so a
 * router with OPERATIONS_SAFELIST=first-party runs the apps.
 */
const registeredHash = async (_text: string, document: DocumentNode) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';

/** The app's GraphQL client: HTTP for queries and mutations, the WebSocket for subscriptions, every operation by id. */
export function createGraphClient(): Client {
  ws = liveClient();
  const live = ws;
  return new Client({
    url: graphUrl(),
    requestPolicy: 'network-only',
    // POST for every operation: the router refuses GET without a CSRF-safe header (Apollo's CSRF prevention).
    preferGetMethod: false,
    fetchOptions: () => (token.value ? { headers: { authorization: `Bearer ${token.value}` } } : {}),
    exchanges: [
      persistedExchange({ generateHash: registeredHash, preferGetForPersistedQueries: false, enableForMutation: true, enableForSubscriptions: true }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}

/** After sign-in or sign-out: the socket must present the new credential. */
export function reconnectLive(): void {
  ws?.terminate();
}
