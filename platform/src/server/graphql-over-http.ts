import type { Request, RequestHandler, Response } from 'express';
import { execute, getOperationAST, GraphQLError, type ExecutionResult, type GraphQLFormattedError, type OperationTypeNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { DocumentCache } from '../graphql/document-cache';
import { formatError } from '../errors';
import { formatLikeApollo } from '../graphql/apollo-error-shape';
import { operationTimer } from '../metrics/graphql-metrics';

/**
 * A subgraph's `POST /graphql` with a JSON body, answered without Apollo
 * Server: the router is its one caller, and on the hot path Apollo's request
 * pipeline (plugin hooks, content negotiation, hashing the text to find the
 * cached document, body parsing through four packages) cost about as much as
 * executing a small entity fetch (docs/performance.md). What stays is what a
 * request needs: read the body, the document parsed and validated once per
 * text, execute, format the errors exactly as Apollo Server did (same codes,
 * same statuses, the same `formatError`), serialise once. Other shapes (GET,
 * other content types) go on to Apollo Server, which stays mounted behind.
 */
export interface GraphqlOverHttpOptions<C> {
  schema: GraphQLSchema;
  /** Off in production: `__schema`/`__type` are refused, as Apollo Server's `introspection: false` did. */
  introspection: boolean;
  /** The operation's type is known by then: a query's context may read without tracking (graphql/loader.ts). */
  context: (req: Request, res: Response, operation: OperationTypeNode) => Promise<C>;
  /** Bytes; a larger body is refused with 413 before it is parsed. */
  maxBodyBytes?: number;
}

/**
 * Apollo Server's rule when introspection is off: one error per `__schema` or `__type` field. graphql-js's
 * NoSchemaIntrospectionCustomRule also reports every field beneath them (`types`, `fields`…): more errors than Apollo gave.
 */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('Introspection is off on this subgraph; its schema is published with the supergraph.', { nodes: [node] }));
    }
  },
});

type Failure = { status: number; errors: GraphQLError[] };

const badRequest = (message: string, code = 'BAD_REQUEST', status = 400): Failure => ({ status, errors: [new GraphQLError(message, { extensions: { code } })] });

export function graphqlOverHttp<C>(opts: GraphqlOverHttpOptions<C>): RequestHandler {
  const documents = new DocumentCache(opts.introspection ? [] : [noIntrospection]);
  const limit = opts.maxBodyBytes ?? 2 * 1024 * 1024;

  return (req, res, next) => {
    if (req.method !== 'POST' || !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return next();
    const timer = operationTimer();
    void readBody(req, limit)
      .then(async (text) => {
        const request = typeof text === 'string' ? requestOf(text) : text;
        if ('errors' in request) return send(res, request.status, { errors: formatAll(request.errors) }, timer, undefined);
        const checked = documents.check(opts.schema, request.query);
        if ('parseError' in checked) {
          const message = checked.parseError instanceof Error ? checked.parseError.message : 'Syntax error.';
          return send(res, 400, { errors: formatAll([withCode(checked.parseError, message, 'GRAPHQL_PARSE_FAILED')]) }, timer, request.operationName);
        }
        if ('invalid' in checked) {
          return send(res, 400, { errors: formatAll(checked.invalid.map((e) => withCode(e, e.message, 'GRAPHQL_VALIDATION_FAILED'))) }, timer, request.operationName);
        }
        const operation = getOperationAST(checked.document, request.operationName);
        if (!operation) {
          const message = request.operationName ? `Unknown operation named "${request.operationName}".` : 'Must provide operation name if query contains multiple operations.';
          return send(res, 400, { errors: formatAll([new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })]) }, timer, request.operationName);
        }
        if (operation.operation === 'subscription')
          return send(res, 400, { errors: formatAll(badRequest('Subscriptions are served over the WebSocket.').errors) }, timer, request.operationName, 'subscription');
        let contextValue: C;
        try {
          contextValue = await opts.context(req, res, operation.operation);
        } catch (err) {
          return send(
            res,
            500,
            { errors: formatAll([new GraphQLError(`Context creation failed: ${err instanceof Error ? err.message : String(err)}`, { originalError: err as Error })]) },
            timer,
            request.operationName,
          );
        }
        const result = (await execute({ schema: opts.schema, document: checked.document, contextValue, variableValues: request.variables, operationName: request.operationName })) as ExecutionResult;
        // No `data` at all: the variables could not be coerced, a request error (Apollo Server's status400ForVariableCoercionErrors).
        const requestError = !('data' in result);
        const errors = result.errors?.map((e) => (requestError && e.extensions.code == null ? withCode(e, e.message, 'BAD_USER_INPUT') : e));
        const body: Record<string, unknown> = {};
        if (errors?.length) body.errors = formatAll(errors);
        if ('data' in result) body.data = result.data;
        return send(res, requestError ? 400 : 200, body, timer, operation.name?.value ?? request.operationName, operation.operation);
      })
      // A failure while answering (the body's stream, or anything thrown above) goes to Express's error handler, not
      // to an unhandled rejection that would leave the request hanging.
      .catch(next);
  };
}

interface ParsedRequest {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

/** The body as Apollo Server read it: one JSON object with a non-empty `query`; batches are not served. */
function requestOf(text: string): ParsedRequest | Failure {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return badRequest('The request body is not valid JSON.');
  }
  if (Array.isArray(body)) return badRequest('Operation batching disabled.');
  if (!body || typeof body !== 'object') return badRequest('The request body must be a JSON object.');
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== 'string' || !query) return badRequest('GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.');
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return badRequest('`variables` in a POST body should be an object if provided.');
  if (operationName != null && typeof operationName !== 'string') return badRequest('`operationName` in a POST body should be a string if provided.');
  return { query, variables: (variables ?? undefined) as Record<string, unknown> | undefined, operationName: operationName ?? undefined };
}

/** The raw body, or a 413 once it passes `limit` bytes (the rest is not read). */
function readBody(req: Request, limit: number): Promise<string | Failure> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(badRequest(`The request body is larger than ${limit} bytes.`, 'BAD_REQUEST', 413));
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** An error keeps its message, locations and path, and gets the code Apollo Server gave it. */
function withCode(error: unknown, message: string, code: string): GraphQLError {
  const original = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(message, {
    nodes: original?.nodes,
    source: original?.source,
    positions: original?.positions,
    path: original?.path,
    originalError: original?.originalError ?? (error instanceof Error && !original ? error : undefined),
    extensions: { ...original?.extensions, code },
  });
}

/** Apollo Server's normalisation (a code on every error, INTERNAL_SERVER_ERROR by default), then the platform's formatError. */
const formatAll = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => formatLikeApollo(errors, formatError).errors;

function send(res: Response, status: number, body: Record<string, unknown>, timer: ReturnType<typeof operationTimer>, name: string | undefined, type?: string): void {
  timer({ name, type, errors: body.errors as GraphQLFormattedError[] | undefined });
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
