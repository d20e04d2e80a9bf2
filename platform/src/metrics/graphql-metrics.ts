import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { BoundedLabel, histogram } from './registry';

const duration = histogram(
  'simveb_graphql_request_duration_seconds',
  'GraphQL operations over HTTP, from request to response, by operation name, type and outcome (ok or the first error code).',
  ['operation', 'type', 'outcome'],
);

const operations = new BoundedLabel(200);
/** Codes are ours (docs/api.md) but a subgraph's answer passes through the router: anything else counts as OTHER. */
const CODE = /^[A-Z][A-Z_]{1,40}$/;

/** Times every HTTP GraphQL operation; a refused request (parse, validation, cost, rate) counts with its code. */
export function graphqlMetricsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const end = duration.startTimer();
      return {
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : ctx.errors;
          const code = errors?.[0]?.extensions?.code;
          end({
            operation: operations.of(ctx.operationName ?? ctx.request.operationName ?? nameInDocument(ctx.document)),
            type: ctx.operation?.operation ?? 'unknown',
            outcome: !errors?.length ? 'ok' : typeof code === 'string' && CODE.test(code) ? code : 'OTHER',
          });
        },
      };
    },
  };
}

/** A request refused by validation has no resolved operation yet: its document's (first) operation name still says what it was. */
function nameInDocument(document: DocumentNode | undefined): string | undefined {
  for (const d of document?.definitions ?? []) if (d.kind === 'OperationDefinition') return d.name?.value;
  return undefined;
}
