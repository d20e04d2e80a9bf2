import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getVariableValues, GraphQLError, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import type { Actor } from '@simveb/platform/auth/actor';
import type { RouterContext } from '../data-source';
import { operationCost } from './query-cost';
import type { RateBudget } from './rate-budget';
import { addressBudgetKey } from '../http/client-address';
import { refusals } from '../metrics';

export interface ProtectionLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Field suggestions ("did you mean …") reveal the schema: off in production. */
  blockSuggestions: boolean;
}

/** Whose budget a request spends: the account, the partner's affiliate, or the address of an anonymous caller. */
export function identityOf(actor: Actor, ip: string | undefined): string {
  if (actor.kind === 'anonymous') return `ip:${addressBudgetKey(ip ?? '')}`;
  if (actor.kind === 'partner') return `partner:${actor.affiliateId ?? actor.accountId}`;
  return `user:${actor.accountId}`;
}

/**
 * Static limits checked while validating the document, before any subgraph
 * is asked (graphql-armor): depth, aliases, directives, tokens, and no field
 * suggestions in production.
 */
export function staticLimits(limits: ProtectionLimits): { plugins: ApolloServerPlugin<RouterContext>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Tokens are limited by graphql-js's own parser (ApolloServer parseOptions): armor's re-parse in a plugin hook
    // turned every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { enabled: false }, // the cost below knows page sizes; armor's does not
    blockFieldSuggestion: { enabled: limits.blockSuggestions },
  }).protect();
  return { plugins: armor.plugins as ApolloServerPlugin<RouterContext>[], validationRules: armor.validationRules };
}

/** Messages of the static limits, to answer them with QUERY_TOO_COMPLEX. */
export const isLimitMessage = (message: string): boolean =>
  /^Syntax Error: (Query depth|Aliases|Token|Directives) limit/i.test(message) || /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message);

/** Parser options of the router: graphql-js stops lexing past the token limit. */
export const parseOptions = (limits: ProtectionLimits) => ({ maxTokens: limits.maxTokens });

/** A refusal shared by HTTP and WebSocket: a message and its extensions (HTTP adds the status). */
export interface Refusal {
  message: string;
  extensions: Record<string, unknown> & { code: string };
}

/** Variables coerced against the operation's definitions: the refusal, or null when they fit. */
export function variablesRefusal(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Refusal | null {
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 10 });
  return errors?.length ? { message: errors.map((e) => e.message).join(' '), extensions: { code: 'BAD_USER_INPUT' } } : null;
}

export const costRefusal = (cost: number, maxCost: number): Refusal => ({
  message: `This operation costs ${cost} points; one may cost at most ${maxCost}. Ask for smaller pages or fewer fields.`,
  extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost },
});

export const budgetRefusal = (b: { limit: number; resetInSeconds: number }): Refusal => ({
  message: `Your hourly budget of ${b.limit} points is spent; it renews in ${b.resetInSeconds} s.`,
  extensions: { code: 'RATE_LIMITED', retryAfterSeconds: b.resetInSeconds },
});

const httpError = (r: Refusal, status: number) => new GraphQLError(r.message, { extensions: { ...r.extensions, http: { status } } });

/**
 * Every operation's cost (1 per field, lists times their page size) is
 * checked against the per-request maximum, then spent from the caller's
 * hourly budget; the response says what it cost and what is left.
 */
export function costAndBudget(limits: ProtectionLimits, budget: RateBudget): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          // No operation by that name: said here, as Apollo Server does without a gateway (the gateway would throw, a 500).
          if (!rc.operation) {
            const message = rc.request.operationName ? `Unknown operation named "${rc.request.operationName}".` : 'Must provide operation name if query contains multiple operations.';
            throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
          }
          // The gateway cannot execute one (it throws: a 500 for the client's mistake); the WebSocket serves them.
          if (rc.operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over the WebSocket at this same address (graphql-transport-ws); send queries and mutations over HTTP.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          // Variables are checked before anything uses them (the cost reads page sizes from them).
          const badVariables = variablesRefusal(rc.schema, rc.operation, rc.request.variables ?? {});
          if (badVariables) throw httpError(badVariables, 400);
          const cost = operationCost(rc.schema, rc.document, rc.request.variables ?? {}, rc.operationName ?? undefined);
          const headers = rc.response.http.headers;
          headers.set('x-query-cost', String(cost));
          if (cost > limits.maxCost) {
            refusals.inc({ reason: 'cost', transport: 'http' });
            throw httpError(costRefusal(cost, limits.maxCost), 400);
          }
          const b = rc.contextValue.budgetSpent ?? (await budget.spend(rc.contextValue.identity, cost));
          headers.set('x-ratelimit-limit', String(b.limit));
          headers.set('x-ratelimit-remaining', String(b.remaining));
          headers.set('x-ratelimit-reset', String(b.resetInSeconds));
          if (b.exceeded) {
            headers.set('retry-after', String(b.resetInSeconds));
            refusals.inc({ reason: 'budget', transport: 'http' });
            throw httpError(budgetRefusal(b), 429);
          }
        },
      };
    },
  };
}
