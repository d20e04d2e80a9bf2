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

export const MY_VEHICLES = gql`
  query MyVehicles {
    me {
      person {
        vehicles(first: 5) {
          edges {
            node {
              id
              vin
              plate {
                number
              }
            }
          }
        }
      }
    }
  }
`;

export const REQUEST_CERTIFICATE = gql`
  mutation RequestCertificate($vehicleId: ID!) {
    requestAdministrativeCertificate(vehicleId: $vehicleId) {
      id
      number
    }
  }
`;

export const MY_DEMANDS_LIVE = gql`
  subscription MyDemandsLive($applicantId: ID) {
    demandStatusChanged(applicantId: $applicantId) {
      status
      version
      at
      demand {
        reference
      }
    }
  }
`;
