/**
 * urql against SIMVEB Graph: queries and mutations over HTTP POST (urql's
 * default GET would need the `apollo-require-preflight` header to pass the
 * graph's CSRF prevention, so `preferGetMethod: false`), subscriptions over
 * graphql-ws with the token in `connection_init`. The README's "Clients"
 * section shows this file.
 */
import { Client, cacheExchange, fetchExchange, gql, subscriptionExchange } from '@urql/core';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { MY_DEMANDS_LIVE_TEXT, MY_VEHICLES_TEXT, REQUEST_CERTIFICATE_TEXT } from './operations';

export function simvebUrqlClient(url: string, accessToken: string) {
  const authorization = `Bearer ${accessToken}`;
  // In a browser, drop webSocketImpl: the global WebSocket is used.
  const ws = createClient({ url: url.replace(/^http/, 'ws'), connectionParams: { authorization }, webSocketImpl: WebSocket });
  return new Client({
    url,
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization } }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}

export const MY_VEHICLES = gql(MY_VEHICLES_TEXT);
export const REQUEST_CERTIFICATE = gql(REQUEST_CERTIFICATE_TEXT);
export const MY_DEMANDS_LIVE = gql(MY_DEMANDS_LIVE_TEXT);
