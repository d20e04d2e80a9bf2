import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseConnectionLost } from './db/connection-lost';

/** The only codes clients see (docs/api.md). */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'ILLEGAL_TRANSITION' | 'ENCUMBERED' | 'RATE_LIMITED' | 'QUERY_TOO_COMPLEX' | 'UPSTREAM_UNAVAILABLE' | 'INTERNAL';

export interface FieldProblem {
  path: string;
  message: string;
}

/** A domain error: thrown by services, mapped once to `extensions.code`. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadInput extends DomainError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('BAD_USER_INPUT', message, { fields });
  }
  static field(path: string, message: string): BadInput {
    return new BadInput(message, [{ path, message }]);
  }
}
export class NotFound extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist or is not visible to you.`);
  }
}
export class Conflict extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, extra);
  }
}
export class IllegalTransition extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('ILLEGAL_TRANSITION', message, extra);
  }
}
export class Unauthenticated extends DomainError {
  constructor(message = 'You must be signed in to do this.') {
    super('UNAUTHENTICATED', message);
  }
}
export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}
export class Encumbered extends DomainError {
  constructor(message: string) {
    super('ENCUMBERED', message);
  }
}
export class UpstreamUnavailable extends DomainError {
  constructor(service: string) {
    super('UPSTREAM_UNAVAILABLE', `${service} is not answering right now; nothing was changed, please try again.`);
  }
}

const PUBLIC_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'ENCUMBERED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'UPSTREAM_UNAVAILABLE',
]);

/**
 * Apollo Server's standard codes for requests that are the client's fault:
 * kept as they are, so Apollo tooling (the persisted-queries link, Studio,
 * retries) recognises them.
 */
const APOLLO_CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Extensions some libraries add that are for us, not for clients (stack traces, the gateway's internals). */
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'valueCompletion', 'serviceName', 'http'];
const publicExtensions = (extensions: Record<string, unknown> | undefined): Record<string, unknown> =>
  Object.fromEntries(Object.entries(extensions ?? {}).filter(([k]) => !INTERNAL_EXTENSIONS.includes(k)));

/**
 * Apollo Server `formatError`: known codes pass through, validation failures
 * become BAD_USER_INPUT, anything else is INTERNAL with no stack or message leak.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (formatted.extensions?.validationErrors) {
    const fields = flattenValidation(formatted.extensions.validationErrors as ValidationLike[], '');
    return {
      message: `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  if (PUBLIC_CODES.has(code)) {
    return { ...formatted, extensions: publicExtensions(formatted.extensions) };
  }
  if (APOLLO_CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  // Argument coercion errors from graphql-js carry no code but are input problems.
  if (!code && error instanceof GraphQLError && !error.originalError && error.nodes?.length) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // Apollo Server refuses some malformed requests with a 4xx and no code (an unsupported persisted-query version): the client's mistake, said as such.
  const status = (error as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http?.status;
  if ((!code || code === 'INTERNAL_SERVER_ERROR') && status && status >= 400 && status < 500) {
    return { message: formatted.message, path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || !code || code === 'INTERNAL') {
    logInternal(error);
    if (databaseConnectionLost(error)) {
      // Transient, and not the caller's doing: a code clients retry on, with what they need to know about a write.
      return {
        message: 'The database connection was lost while answering; a change you asked for may not have been saved: reload, then try again.',
        path: formatted.path,
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      };
    }
    return { message: 'Internal error.', path: formatted.path, extensions: { code: 'INTERNAL' } };
  }
  return { message: formatted.message, path: formatted.path, extensions: { code } };
}

/**
 * A fault of ours: the caller sees "Internal error.", the log gets the cause
 * as one JSON line (the test harness echoes these lines, so a CI failure shows
 * its cause, not only its symptom).
 */
function logInternal(error: unknown): void {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  const err =
    original instanceof Error
      ? { type: original.name, message: original.message, stack: original.stack }
      : { message: typeof original === 'object' ? JSON.stringify(original)?.slice(0, 1_000) : String(original) };
  const path = (error as { path?: unknown }).path;
  process.stderr.write(`${JSON.stringify({ level: 50, time: Date.now(), msg: 'internal error', internalError: true, path, err })}\n`);
}

interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

/** class-validator errors (nested inputs included) as `{ path, message }` pairs. */
function flattenValidation(errors: ValidationLike[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flattenValidation(e.children ?? [], path)];
  });
}
