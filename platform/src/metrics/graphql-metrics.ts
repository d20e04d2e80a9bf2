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
      const done = operationTimer();
      return {
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          done(
            {
              name: ctx.operationName ?? ctx.request.operationName ?? nameInDocument(ctx.document),
              type: ctx.operation?.operation,
              errors: body.kind === 'single' ? body.singleResult.errors : ctx.errors,
            },
            logging && { log: logging.log, sample: logging.sample, caller: () => logging.callerKind(ctx.contextValue) },
          );
        },
      };
    },
  };
}

export interface OperationOutcome {
  name: string | null | undefined;
  type: string | undefined;
  errors: readonly { extensions?: { code?: unknown } }[] | undefined;
}

/**
 * Starts timing one HTTP GraphQL operation; the returned function records it
 * (histogram, sampled log line, the request span's name). Shared by Apollo
 * Server's plugin (the router) and the subgraphs' own GraphQL-over-HTTP path.
 */
export function operationTimer(): (outcome: OperationOutcome, logging?: { log: Logger; sample: number; caller: () => string }) => void {
  if (!metricsOn()) return () => undefined;
  const started = performance.now();
  const end = duration.startTimer();
  return ({ name, type, errors }, logging) => {
    const code = errors?.[0]?.extensions?.code;
    const labels = {
      operation: operations.of(name ?? undefined),
      type: type ?? 'unknown',
      outcome: !errors?.length ? 'ok' : typeof code === 'string' && CODE.test(code) ? code : 'OTHER',
    };
    end(labels);
    if (logging && (SERVER_FAILURES.has(labels.outcome) || Math.random() < logging.sample)) {
      logging.log.info({ ...labels, ms: Math.round(performance.now() - started), caller: logging.caller() }, 'graphql request');
    }
    // The request's span (telemetry/http-span.ts) is named after the operation, with GraphQL's semantic conventions.
    const span = trace.getActiveSpan();
    if (span?.isRecording()) {
      span.updateName(`${labels.type} ${labels.operation}`);
      span.setAttributes({ 'graphql.operation.name': labels.operation, 'graphql.operation.type': labels.type, 'graphql.outcome': labels.outcome });
    }
  };
}

/** A request refused by validation has no resolved operation yet: its document's (first) operation name still says what it was. */
export function nameInDocument(document: DocumentNode | undefined): string | undefined {
  for (const d of document?.definitions ?? []) if (d.kind === 'OperationDefinition') return d.name?.value;
  return undefined;
}
