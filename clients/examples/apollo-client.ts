/**
 * Apollo Client (v4) against SIMVEB Graph: HTTP with Apollo's automatic
 * persisted queries, subscriptions over graphql-ws with the token in
 * `connection_init`. The README's "Clients" section shows this file.
 */
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { MY_DEMANDS_LIVE_TEXT, MY_VEHICLES_TEXT, REQUEST_CERTIFICATE_TEXT } from './operations';

export function simvebApolloClient(url: string, accessToken: string) {
  const authorization = `Bearer ${accessToken}`;
  const http = new PersistedQueryLink({ sha256: (q: string) => createHash('sha256').update(q).digest('hex') }).concat(new HttpLink({ uri: url, headers: { authorization } }));
  // In a browser, drop webSocketImpl: the global WebSocket is used.
  const ws = new GraphQLWsLink(createClient({ url: url.replace(/^http/, 'ws'), connectionParams: { authorization }, webSocketImpl: WebSocket }));
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

export const MY_VEHICLES = gql(MY_VEHICLES_TEXT);
export const REQUEST_CERTIFICATE = gql(REQUEST_CERTIFICATE_TEXT);
export const MY_DEMANDS_LIVE = gql(MY_DEMANDS_LIVE_TEXT);
