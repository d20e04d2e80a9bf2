import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Errors shaped as Apollo Server shapes them (its `normalizeAndFormatErrors`),
 * for the paths that answer without it: a code on every error
 * (INTERNAL_SERVER_ERROR by default), `extensions.http` taken out of the body
 * and returned as the response's status, then the server's `formatError`; a
 * formatter that throws yields a bare internal error. Each lean path has a
 * test comparing its answers with Apollo Server's, side by side.
 */
export function formatLikeApollo(errors: readonly unknown[], formatError: FormatError): { errors: GraphQLFormattedError[]; status: number | undefined } {
  let status: number | undefined;
  const formatted = errors.map((maybeError) => {
    const error =
      maybeError instanceof GraphQLError
        ? maybeError
        : new GraphQLError(maybeError instanceof Error ? maybeError.message : `Unexpected error value: ${String(maybeError)}`, { originalError: maybeError instanceof Error ? maybeError : undefined });
    const { http, ...extensions } = { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } as Record<string, unknown> & { http?: { status?: unknown } };
    if (http && typeof http.status === 'number') status = http.status;
    try {
      return formatError({ ...error.toJSON(), extensions }, maybeError);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { errors: formatted, status };
}
