import type { ApolloServerPlugin } from '@apollo/server';
import type { RouterContext } from '../data-source';

/** Request errors the GraphQL-over-HTTP spec answers with 200 to a client that accepts only `application/json`. */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_COMPLEX']);

/**
 * Media types decide the status of a document that cannot run: clients that
 * accept `application/graphql-response+json` (Apollo Client, urql, graphql-http,
 * fetch's `*\/*`) get a 4xx; a legacy client that accepts only
 * `application/json` gets 200, as the GraphQL-over-HTTP spec says it SHOULD,
 * since such clients treat any non-200 as a transport failure.
 */
export function legacyJsonStatus(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      const legacyOnly = /application\/json/.test(accept) && !/application\/graphql-response\+json|\*\/\*/.test(accept);
      if (!legacyOnly) return;
      return {
        async willSendResponse({ response, errors }) {
          const status = response.http.status ?? 200;
          if (status !== 400 || response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? ''));
          if (codes.length && codes.every((c) => DOCUMENT_ERRORS.has(c))) response.http.status = 200;
        },
      };
    },
  };
}
