import { Repeater } from '@repeaterjs/repeater';
import { decodeJwt } from 'jose';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import { DocumentCache } from '@simveb/platform/graphql/document-cache';
import { DomainError } from '@simveb/platform/errors';
import type { Authenticated, RouterAuth } from '../auth';
import { budgetRefusal, costRefusal, isLimitMessage, variablesRefusal, type ProtectionLimits, type Refusal } from '../protection/protect';
import { operationCost } from '../protection/query-cost';
import type { RateBudget } from '../protection/rate-budget';

/** Caps on what one identity or one address may hold open (HTTP has budgets; sockets need counts too). */
export interface SocketLimits {
  connectionsPerIdentity: number;
  connectionsPerAddress: number;
  subscriptionsPerIdentity: number;
  /** How often a socket's credential is checked again (revoked API keys, suspended accounts). */
  recheckSeconds: number;
}

const err = (message: string, code: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code, ...extensions } });

/**
 * The same protections on WebSocket subscriptions as on HTTP: a valid
 * identity, the token, depth, alias and directive limits, the cost and the
 * hourly budget, plus caps on sockets and subscriptions per identity and per
 * address. Counts are per router process (each replica caps its own share).
 */
export class WsGuard {
  private readonly connections = new Map<string, number>();
  private readonly subscriptions = new Map<string, number>();

  private readonly documents: DocumentCache;

  constructor(
    private readonly opts: {
      schema: () => GraphQLSchema;
      limits: ProtectionLimits;
      validationRules: readonly ValidationRule[];
      budget: RateBudget;
      sockets: SocketLimits;
    },
  ) {
    this.documents = new DocumentCache(opts.validationRules, { maxTokens: opts.limits.maxTokens });
  }

  private static bump(map: Map<string, number>, key: string, by: number): number {
    const n = (map.get(key) ?? 0) + by;
    if (n <= 0) map.delete(key);
    else map.set(key, n);
    return n;
  }

  /** Takes a connection slot for this identity and address, or says why not. */
  admit(identity: string, address: string): string | null {
    if ((this.connections.get(identity) ?? 0) >= this.opts.sockets.connectionsPerIdentity) return 'Too many open connections for this account.';
    if ((this.connections.get(`addr:${address}`) ?? 0) >= this.opts.sockets.connectionsPerAddress) return 'Too many open connections from this address.';
    WsGuard.bump(this.connections, identity, 1);
    WsGuard.bump(this.connections, `addr:${address}`, 1);
    return null;
  }

  release(identity: string, address: string): void {
    WsGuard.bump(this.connections, identity, -1);
    WsGuard.bump(this.connections, `addr:${address}`, -1);
  }

  /** Checks a subscribe message like an HTTP request: parsed, validated, costed, charged, counted. */
  async check(
    payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
    identity: string,
  ): Promise<{ document: DocumentNode; variables: Record<string, unknown> } | GraphQLError[]> {
    const schema = this.opts.schema();
    if (typeof payload.query !== 'string') return [err('A subscribe message carries its document in payload.query.', 'BAD_REQUEST')];
    const checked = this.documents.check(schema, payload.query);
    if ('parseError' in checked) {
      const e = checked.parseError;
      const message = e instanceof Error ? e.message : String(e);
      return [isLimitMessage(message) ? err('Token limit exceeded: send a smaller document.', 'QUERY_TOO_COMPLEX') : err(message, 'GRAPHQL_PARSE_FAILED')];
    }
    if ('invalid' in checked) {
      return checked.invalid.map((e) => (isLimitMessage(e.message) ? err(e.message.replace(/^Syntax Error: /, ''), 'QUERY_TOO_COMPLEX') : err(e.message, 'GRAPHQL_VALIDATION_FAILED')));
    }
    const document = checked.document;
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return [err('No operation of that name in the document.', 'OPERATION_RESOLUTION_FAILURE')];
    if (operation.operation !== 'subscription') return [err('Send queries and mutations over HTTP POST /graphql; WebSocket serves subscriptions.', 'BAD_USER_INPUT')];
    const variables = payload.variables ?? {};
    const refusal = (r: Refusal) => [new GraphQLError(r.message, { extensions: r.extensions })];
    const badVariables = variablesRefusal(schema, operation, variables);
    if (badVariables) return refusal(badVariables);
    const cost = operationCost(schema, document, variables, payload.operationName ?? undefined);
    if (cost > this.opts.limits.maxCost) return refusal(costRefusal(cost, this.opts.limits.maxCost));
    const spent = await this.opts.budget.spend(identity, cost);
    if (spent.exceeded) return refusal(budgetRefusal(spent));
    if ((this.subscriptions.get(identity) ?? 0) >= this.opts.sockets.subscriptionsPerIdentity) {
      return [err(`At most ${this.opts.sockets.subscriptionsPerIdentity} live subscriptions per account; close some first.`, 'RATE_LIMITED')];
    }
    return { document, variables };
  }

  /** Counts a live subscription for the identity until the returned function is called. */
  hold(identity: string): () => void {
    WsGuard.bump(this.subscriptions, identity, 1);
    let released = false;
    return () => {
      if (!released) WsGuard.bump(this.subscriptions, identity, -1);
      released = true;
    };
  }

  stats(): { connections: number; subscriptions: number } {
    let connections = 0;
    let subscriptions = 0;
    for (const [k, v] of this.connections) if (!k.startsWith('addr:')) connections += v;
    for (const v of this.subscriptions.values()) subscriptions += v;
    return { connections, subscriptions };
  }
}

/**
 * One socket's credential over its life: it ends when the token expires
 * (the client reconnects with a fresh one) and is checked again every
 * `recheckSeconds`, so a revoked API key or a suspended account stops
 * receiving events within that time.
 */
export class SocketSession {
  private readonly timers: NodeJS.Timeout[] = [];
  private ended: GraphQLError | null = null;
  private readonly waiters = new Set<(e: GraphQLError) => void>();

  constructor(
    private authenticated: Authenticated,
    private readonly raw: string | undefined,
    private readonly auth: RouterAuth,
    private readonly address: string,
    recheckSeconds: number,
  ) {
    this.scheduleExpiry();
    const recheck = setInterval(() => void this.recheck(), recheckSeconds * 1000);
    recheck.unref();
    this.timers.push(recheck);
  }

  get current(): Authenticated {
    return this.authenticated;
  }

  private scheduleExpiry(): void {
    const token = this.authenticated.authorization?.replace(/^Bearer\s+/i, '');
    const exp = token ? decodeJwt(token).exp : undefined;
    if (!exp) return;
    // A partner token lasts a minute: the recheck renews it; a user's token ends the session when it expires.
    const partner = this.authenticated.actor.kind === 'partner';
    const ms = exp * 1000 - Date.now();
    if (partner) return;
    const t = setTimeout(() => this.end('Your session expired; connect again with a fresh token.'), Math.max(ms, 0));
    t.unref();
    this.timers.push(t);
  }

  private async recheck(): Promise<void> {
    if (this.ended) return;
    try {
      this.authenticated = await this.auth.authenticate(this.raw, this.address);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'UNAUTHENTICATED') this.end(e.message);
    }
  }

  end(message: string): void {
    if (this.ended) return;
    this.ended = err(message, 'UNAUTHENTICATED');
    for (const w of this.waiters) w(this.ended);
    this.waiters.clear();
    this.dispose();
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.length = 0;
  }

  /**
   * The subscription's events until the session ends: then one last result
   * with UNAUTHENTICATED, and the subscription completes.
   */
  guard(source: AsyncIterableIterator<ExecutionResult>, release: () => void): AsyncIterableIterator<ExecutionResult> {
    return new Repeater<ExecutionResult>(async (push, stop) => {
      let onEnd: ((e: GraphQLError) => void) | undefined;
      if (this.ended) {
        await push({ errors: [this.ended] });
      } else {
        onEnd = (e) => {
          void push({ errors: [e] }).then(() => stop());
        };
        this.waiters.add(onEnd);
        void (async () => {
          try {
            for await (const event of source) await push(event);
          } catch (e) {
            stop(e);
          }
          stop();
        })();
        await stop;
      }
      if (onEnd) this.waiters.delete(onEnd);
      release();
      await source.return?.();
      stop();
    }) as unknown as AsyncIterableIterator<ExecutionResult>;
  }
}
