import type { Request, RequestHandler, Response } from 'express';
import Negotiator from 'negotiator';
import { getOperationAST, NoSchemaIntrospectionCustomRule, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { GraphQLDataSource } from '@apollo/gateway';
import { DocumentCache } from '@simveb/platform/graphql/document-cache';
import { formatLikeApollo } from '@simveb/platform/graphql/apollo-error-shape';
import { nameInDocument, operationTimer, type RequestLogging } from '@simveb/platform/metrics/graphql-metrics';
import type { RouterContext } from '../data-source';
import { formatRouterError } from '../errors';
import type { SupergraphPlans } from '../execution/supergraph-plans';
import { variablesRefusal, type ProtectionLimits } from '../protection/protect';
import { operationCost } from '../protection/query-cost';
import type { Budget, RateBudget } from '../protection/rate-budget';
import { httpPaths } from '../metrics';

/** Where the lean path leaves a budget it already spent, for Apollo Server's pipeline not to spend it twice. */
export const SPENT = 'budgetSpent';

export interface LeanGraphqlOptions {
  plans: SupergraphPlans;
  dataSources: () => Record<string, GraphQLDataSource>;
  limits: ProtectionLimits;
  /** graphql-armor's rules: the same ones Apollo Server validates with. */
  validationRules: readonly ValidationRule[];
  /** Off in production: Apollo Server then validates with graphql-js's no-introspection rule too. */
  introspection: boolean;
  budget: RateBudget;
  context: (req: Request, res: Response) => RouterContext;
  /** The same sampled request log as Apollo Server's metrics plugin. */
  logging: RequestLogging<RouterContext>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
/** Apollo's callback protocol (subscriptions over HTTP callbacks): not served here. */
const CALLBACK_TYPE = 'application/json; callbackSpec=1.0; charset=utf-8';
/** Apollo's mask for field suggestions (graphql-armor's blockFieldSuggestion), applied to every error it sees. */
const SUGGESTION = /Did you mean ".+"/g;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `POST /graphql` for an operation that can run, answered without Apollo
 * Server's request pipeline: its plugin hooks, content negotiation, the
 * SHA-256 of the text that finds its cached document, and the gateway's
 * executor, which builds the operation context and checks the variables again
 * on every request (docs/performance.md has the profile). What a request
 * needs stays, from the same code as before: the document parsed and
 * validated once per text with the same rules, the variables coerced, the
 * cost and the caller's budget, the plan (Apollo's planner, once per
 * document) executed by Apollo's `executeQueryPlan`, errors shaped and
 * formatted as Apollo Server shapes them, the same headers and metrics.
 *
 * Anything else — a document that does not parse or validate, no such
 * operation, a subscription, variables that do not fit, a cost over the
 * limit, a spent budget, an APQ registration, a batch, an unacceptable
 * `Accept` — goes on to Apollo Server, mounted behind, which answers it as
 * it always did (a budget spent here is handed on, not spent twice).
 * `test/e2e/lean-path.test.ts` sends the same requests to a router on each
 * path and compares status, headers and body.
 */
export function leanGraphql(opts: LeanGraphqlOptions): RequestHandler {
  const documents = new DocumentCache([...opts.validationRules, ...(opts.introspection ? [] : [NoSchemaIntrospectionCustomRule])], { maxTokens: opts.limits.maxTokens });
  const contentTypes = new Map<string, string | null>();
  const contentTypeFor = (accept: string | undefined): string | null => {
    if (!accept) return JSON_TYPE;
    let type = contentTypes.get(accept);
    if (type === undefined) {
      // Apollo Server's choice (chooseContentTypeForSingleResultResponse), remembered per Accept header.
      type = new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE, CALLBACK_TYPE]) ?? null;
      if (contentTypes.size >= 100) contentTypes.clear();
      contentTypes.set(accept, type);
    }
    return type;
  };

  return (req, res, nextHandler) => {
    const next = (err?: unknown) => {
      if (err === undefined) httpPaths.inc({ path: 'apollo' });
      nextHandler(err);
    };
    const body: unknown = req.body;
    if (req.method !== 'POST' || !isRecord(body)) return next();
    const { query, variables, operationName, extensions } = body;
    if (typeof query !== 'string' || !query) return next();
    if (variables != null && !isRecord(variables)) return next();
    if (operationName != null && typeof operationName !== 'string') return next();
    if (extensions != null && (!isRecord(extensions) || 'persistedQuery' in extensions)) return next();
    const contentType = contentTypeFor(req.headers.accept);
    if (!contentType || contentType === CALLBACK_TYPE) return next();

    const schema = opts.plans.schema;
    const checked = documents.check(schema, query);
    if (!('document' in checked)) return next();
    const document = checked.document;
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation || operation.operation === 'subscription') return next();
    const given = (variables ?? undefined) as Record<string, unknown> | undefined;
    if (variablesRefusal(schema, operation, given ?? {})) return next();
    const cost = operationCost(schema, document, given ?? {}, operationName ?? undefined);
    if (cost > opts.limits.maxCost) return next();

    const timer = operationTimer();
    const context = opts.context(req, res);
    void (async () => {
      const spent = await opts.budget.spend(context.identity, cost);
      const headers: Record<string, string> = {
        'x-query-cost': String(cost),
        'x-ratelimit-limit': String(spent.limit),
        'x-ratelimit-remaining': String(spent.remaining),
        'x-ratelimit-reset': String(spent.resetInSeconds),
      };
      if (spent.exceeded) return handOn(res, spent, next);
      const { plan, operationContext } = opts.plans.planned(document, operationName);
      let status = 200;
      let out: { errors?: GraphQLFormattedError[]; data?: unknown; extensions?: unknown };
      try {
        const result = await opts.plans.execute(
          { plan, operationContext, document, operationName: (operationName as string | null | undefined) ?? null, variables: given, context, query },
          opts.dataSources(),
        );
        const errors = result.errors?.length ? shapeErrors(result.errors, opts.limits.blockSuggestions) : undefined;
        if (errors?.status) status = errors.status;
        // Apollo Server's status400ForVariableCoercionErrors: errors and no data at all is a request error.
        else if (errors && result.data === undefined) status = 400;
        out = { errors: errors?.errors, data: result.data, extensions: result.extensions };
      } catch (err) {
        // As Apollo Server answers an executor that throws: that one error, 500 unless it carries its own status.
        const errors = shapeErrors([err], opts.limits.blockSuggestions);
        status = errors.status ?? 500;
        out = { errors: errors.errors };
      }
      timer(
        { name: operation.name?.value ?? operationName ?? nameInDocument(document), type: operation.operation, errors: out.errors },
        { log: opts.logging.log, sample: opts.logging.sample, caller: () => opts.logging.callerKind(context) },
      );
      // The body Apollo Server wrote: errors, data, extensions in that order, and a newline.
      const text = `${JSON.stringify({ errors: out.errors, data: out.data, extensions: out.extensions })}\n`;
      res.writeHead(status, { ...headers, 'cache-control': 'no-store', 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
      httpPaths.inc({ path: 'lean' });
      res.end(text);
    })().catch(next);
  };
}

/** The 429 is Apollo Server's to write (its plugin refuses with the exact error and headers): it finds the budget already spent. */
function handOn(res: Response, spent: Budget, next: (err?: unknown) => void): void {
  res.locals[SPENT] = spent;
  next();
}

function shapeErrors(errors: readonly unknown[], blockSuggestions: boolean): ReturnType<typeof formatLikeApollo> {
  if (blockSuggestions) {
    for (const e of errors) if (e instanceof Error) e.message = e.message.replace(SUGGESTION, '[Suggestion hidden]');
  }
  return formatLikeApollo(errors, formatRouterError);
}
