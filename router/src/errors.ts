import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatError } from '@simveb/platform/errors';
import { isLimitMessage } from './protection/protect';

/** undici's errors for a subgraph that stopped answering or dropped the connection. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** A subgraph that refused the connection or timed out is the caller's UPSTREAM_UNAVAILABLE, not an internal bug. */
function isUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const err = e as { name?: string; message?: string; code?: string; originalError?: unknown; cause?: unknown };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return true;
    if (err.message === 'fetch failed' || UNREACHABLE_CODES.has(err.code ?? '')) return true;
    e = err.originalError ?? err.cause;
  }
  return false;
}

export function formatRouterError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isUnreachable(error)) {
    return {
      message: 'A service behind the graph did not answer in time; please try again.',
      path: formatted.path,
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    };
  }
  if (isLimitMessage(formatted.message)) {
    const message = formatted.message
      .replace(/^Syntax Error: /, '')
      .replace(/^Document contains more tha[nt] (\d+) tokens\. Parsing aborted\./, 'Token limit of $1 exceeded: send a smaller document.');
    return { message, locations: formatted.locations, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  return formatError(formatted, error);
}

/** A GraphQL error sent on a socket, formatted like an HTTP one (codes kept, internals and addresses masked). */
export function maskSocketError(error: GraphQLFormattedError | GraphQLError): GraphQLError {
  const formatted = 'toJSON' in error && typeof error.toJSON === 'function' ? error.toJSON() : (error as GraphQLFormattedError);
  const masked = formatRouterError(formatted, error);
  return new GraphQLError(masked.message, { extensions: masked.extensions, path: masked.path });
}
