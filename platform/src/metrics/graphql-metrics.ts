import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { trace } from '@opentelemetry/api';
import type { Logger } from '../logger';
import { BoundedLabel, histogram, metricsOn } from './registry';

const duration = histogram('simveb_graphql_request_duration_seconds', 'GraphQL operations over HTTP, from request to response, by operation name, type and outcome (ok or the first error code).', [
  'operation',
  'type',
  'outcome',
]);

const operations = new BoundedLabel(200);
/** Codes are ours (docs/api.md) but a subgraph's answer passes through the router: anything else counts as OTHER. */
const CODE = /^[A-Z][A-Z_]{1,40}$/;

/** Server-side failures: always logged; everything else is sampled. */
const SERVER_FAILURES = new Set(['INTERNAL', 'INTERNAL_SERVER_ERROR', 'UPSTREAM_UNAVAILABLE', 'OTHER']);

export interface RequestLogging<C> {
  log: Logger;
  /** Share of ordinary requests logged (0..1): the hot path writes a line for a sample only. */
  sample: number;
  /** What kind of caller (user, partner, anonymous): never who, never a credential. */
  callerKind: (context: C) => string;
}

/**
 * Times every HTTP GraphQL operation (a refused request counts with its code)
 * and logs a sample of them, every server-side failure included.
 */
export function graphqlMetricsPlugin<C extends BaseContext>(logging?: RequestLogging<C>): ApolloServerPlugin<C> {
  if (!metricsOn()) return {};
  return {
    async requestDidStart() {
      const started = performance.now();
      const end = duration.startTimer();
      return {
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : ctx.errors;
          const code = errors?.[0]?.extensions?.code;
          const labels = {
            operation: operations.of(ctx.operationName ?? ctx.request.operationName ?? nameInDocument(ctx.document)),
            type: ctx.operation?.operation ?? 'unknown',
            outcome: !errors?.length ? 'ok' : typeof code === 'string' && CODE.test(code) ? code : 'OTHER',
          };
          end(labels);
          if (logging && (SERVER_FAILURES.has(labels.outcome) || Math.random() < logging.sample)) {
            logging.log.info({ ...labels, ms: Math.round(performance.now() - started), caller: logging.callerKind(ctx.contextValue) }, 'graphql request');
          }
          // The request's span (telemetry/http-span.ts) is named after the operation, with GraphQL's semantic conventions.
          const span = trace.getActiveSpan();
          if (span?.isRecording()) {
            span.updateName(`${labels.type} ${labels.operation}`);
            span.setAttributes({ 'graphql.operation.name': labels.operation, 'graphql.operation.type': labels.type, 'graphql.outcome': labels.outcome });
          }
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
