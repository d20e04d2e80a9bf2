import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { ref } from 'vue';
import { graphUrl } from './config';
import { token } from './session';

/**
 * What the connection badge shows: live updates flowing, being
 * re-established, or cut; `idle` when the page watches nothing live (the
 * socket opens with the first subscription and closes after the last).
 */
export type LiveState = 'idle' | 'connecting' | 'online' | 'offline';
export const liveState = ref<LiveState>('idle');

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
        // Closed with nothing to watch: graphql-ws let it go after the last subscription (lazy), not a loss.
        liveState.value = watching > 0 ? 'offline' : 'idle';
      },
      error: () => {
        liveState.value = 'offline';
      },
    },
  });
}

let ws: WsClient | undefined;
/** Subscriptions the page holds open now. */
let watching = 0;

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
          subscribe: (sink) => {
            watching += 1;
            const stop = live.subscribe({ ...request, query: request.query ?? '' }, sink);
            let stopped = false;
            return {
              unsubscribe: () => {
                if (stopped) return;
                stopped = true;
                watching -= 1;
                stop();
              },
            };
          },
        }),
      }),
    ],
  });
}

/** After sign-in or sign-out: the socket must present the new credential. */
export function reconnectLive(): void {
  ws?.terminate();
}
