import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Pool } from 'undici';
import { histogram, metricsOn } from '@simveb/platform/metrics/registry';
import type { Budget } from './protection/rate-budget';
import { inSpan, recording, SpanKind, traceHeaders, tracingConfigured } from '@simveb/platform/telemetry/tracing';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** How long one event's fetches are reused by the other groups of its context (they arrive within milliseconds). */
const SHARED_EVENT_MEMO_MS = 2_000;

const fetchDuration = histogram(
  'simveb_subgraph_fetch_duration_seconds',
  'Requests from the router to a subgraph (one per fetch of a query plan, merged fetches once), by outcome: ok, graphql_error, http_error, unavailable.',
  ['subgraph', 'outcome'],
);

/** What the router passes down with every subgraph request. */
export interface RouterContext {
  /** Headers forwarded as they are (verified identity, SQL trace id). */
  forward: Record<string, string>;
  /** Whose rate budget the request spends (see protection/protect.ts). */
  identity: string;
  /**
   * Shared subscription executions: the authorization context and the event
   * they run for. One event reaching several groups of one context (a
   * dashboard's queue and its status feed) fetches each entity once.
   */
  sharedEvent?: string;
  /** The budget the lean HTTP path already spent for this request before handing it to Apollo Server. */
  budgetSpent?: Budget;
}

/** How long a pooled connection to a subgraph stays open unused (the subscription bench waits this long before reading memory after everyone left). */
export const IDLE_CONNECTION_MS = 30_000;

/**
 * HTTP to a subgraph over an undici connection pool (keep-alive, one pool per
 * subgraph), with the router's forwarded headers and a timeout.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    /** The subgraph's name in the supergraph (metrics label). */
    private readonly name: string,
    url: string,
    timeoutMs: number,
    /** Interfaces of the supergraph: a subgraph that sees one as an @interfaceObject names it as an entity's type. */
    private readonly interfaces: () => ReadonlySet<string> = () => new Set(),
  ) {
    // The graph sets no HTTP caching between router and subgraphs: nothing to read from Cache-Control.
    super({ url, honorSubgraphCacheControlHeader: false });
    const target = new URL(url);
    this.path = `${target.pathname}${target.search}`;
    // The timeouts bound a subgraph that stops answering; no per-request AbortSignal timer is needed.
    // keepAliveMaxTimeout too: undici otherwise follows the subgraph's own Keep-Alive hint (65 s) and idle sockets stay twice as long.
    this.pool = new Pool(target.origin, {
      connections: 64,
      keepAliveTimeout: IDLE_CONNECTION_MS,
      keepAliveMaxTimeout: IDLE_CONNECTION_MS,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  }

  /**
   * The gateway's own transport builds a WHATWG Request and Headers for every
   * fetch (the largest item of the router's profile, docs/performance.md);
   * undici's pool takes the body and headers as they are. Same contract as
   * RemoteGraphQLDataSource: the forwarded headers, a JSON body, the gateway's
   * error for a non-2xx answer, then didReceiveResponse.
   */
  private async exchange(options: GraphQLDataSourceProcessOptions<RouterContext>, variablesJson: string): Promise<GatewayGraphQLResponse> {
    this.fetches += 1;
    if (this.traced && recording()) return inSpan(`fetch ${this.name}`, SpanKind.CLIENT, { 'graphql.subgraph.name': this.name, 'server.address': this.url }, () => this.timed(options, variablesJson));
    return this.metered ? this.timed(options, variablesJson) : this.send(options, variablesJson);
  }

  private readonly traced = tracingConfigured();
  private readonly metered = metricsOn();

  private async timed(options: GraphQLDataSourceProcessOptions<RouterContext>, variablesJson: string): Promise<GatewayGraphQLResponse> {
    const end = fetchDuration.startTimer({ subgraph: this.name });
    try {
      const response = await this.send(options, variablesJson);
      end({ outcome: response.errors?.length ? 'graphql_error' : 'ok' });
      return response;
    } catch (err) {
      end({ outcome: (err as { extensions?: { response?: unknown } }).extensions?.response ? 'http_error' : 'unavailable' });
      throw err;
    }
  }

  private async send({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>, variablesJson: string): Promise<GatewayGraphQLResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(context as RouterContext | undefined)?.forward, ...(this.traced && traceHeaders()) };
    // The variables (an entity fetch's representations) are serialised once, for the merge key and the body alike.
    const body = `{"query":${JSON.stringify(request.query)},"variables":${variablesJson}${request.operationName ? `,"operationName":${JSON.stringify(request.operationName)}` : ''}${request.extensions ? `,"extensions":${JSON.stringify(request.extensions)}` : ''}}`;
    const res = await this.pool.request({ method: 'POST', path: this.path, headers, body });
    const type = String(res.headers['content-type'] ?? '');
    const text = await res.body.text();
    if (res.statusCode < 200 || res.statusCode > 299) {
      throw await this.errorFromResponse({
        url: this.url,
        status: res.statusCode,
        statusText: String(res.statusCode),
        headers: new Headers({ 'content-type': type }),
        json: async () => JSON.parse(text),
        text: async () => text,
      } as never);
    }
    const json = type.startsWith('application/json') || type.startsWith('application/graphql-response+json');
    const response: unknown = json ? JSON.parse(text) : text;
    if (!response || typeof response !== 'object') throw new Error(`Expected JSON response body, but received: ${text.slice(0, 200)}`);
    return this.didReceiveResponse({ response: response as GatewayGraphQLResponse });
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  /**
   * An @interfaceObject subgraph (registration's `Party`) answers entity
   * fetches with `__typename: "Party"`; @apollo/gateway merges that over the
   * concrete type it already had ("Person"), and the object then resolves to
   * null. Every client that adds `__typename` (Apollo Client, urql) lost
   * `me.person` that way. Dropping the interface's name lets the gateway keep
   * the concrete one, as it does for entities returned without a typename.
   */
  override didReceiveResponse<T>({ response }: Required<Pick<Parameters<NonNullable<RemoteGraphQLDataSource['didReceiveResponse']>>[0], 'response'>>): T {
    const entities = (response.data as { _entities?: unknown } | undefined)?._entities;
    const interfaces = this.interfaces();
    if (Array.isArray(entities) && interfaces.size) {
      for (const e of entities) {
        if (e && typeof e === 'object' && interfaces.has((e as { __typename?: string }).__typename ?? '')) delete (e as { __typename?: string }).__typename;
      }
    }
    return response as T;
  }

  /** Requests sent to this subgraph (read by /debug/subscriptions: subgraph requests per event). */
  fetches = 0;
  /** Fetches of shared executions, by context, event and request; kept a few seconds for the event's later groups. */
  private readonly perEvent = new Map<string, Shared>();

  /** Identical queries of one caller (same credential) in flight at once: a dashboard polling with one token. */
  private readonly inFlight = new Map<string, Shared>();

  override process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const context = options.context as RouterContext | undefined;
    const variables = JSON.stringify(options.request.variables ?? {});
    const body = `${normalisedQuery(options.request.query)}\0${variables}`;
    if (context?.sharedEvent) return this.memo(this.perEvent, `${context.sharedEvent}\0${body}`, options, variables, SHARED_EVENT_MEMO_MS);
    // Reads only, and never across credentials: the key holds every header sent upstream (the exact Authorization).
    if (context?.forward.authorization && /^\s*(query\b|\{)/.test(options.request.query ?? '')) return this.memo(this.inFlight, `${JSON.stringify(context.forward)}\0${body}`, options, variables, 0);
    return this.exchange(options, variables);
  }

  /**
   * One fetch for every caller asking the same within `keepMs` of its answer
   * (0: while it is in flight). The gateway merges each response into its own
   * result tree, so callers sharing one get copies; a fetch nobody joined is
   * handed over as it is (the copy cost as much as the fetch in the profile).
   */
  private memo(store: Map<string, Shared>, key: string, options: GraphQLDataSourceProcessOptions<RouterContext>, variablesJson: string, keepMs: number): Promise<GatewayGraphQLResponse> {
    const existing = store.get(key);
    if (existing) {
      existing.joined += 1;
      return existing.response.then((r) => structuredClone(r));
    }
    const shared: Shared = { response: this.exchange(options, variablesJson), joined: 0 };
    store.set(key, shared);
    const forget = () => (keepMs ? setTimeout(() => store.delete(key), keepMs).unref() : store.delete(key));
    shared.response.then(forget, () => store.delete(key));
    // Kept for a while after the answer (keepMs > 0), later callers copy it: the first must not get the original then.
    return shared.response.then((r) => (keepMs || shared.joined ? structuredClone(r) : r));
  }
}

/** A fetch several callers may share, and how many joined the first. */
interface Shared {
  response: Promise<GatewayGraphQLResponse>;
  joined: number;
}

/** The gateway names each fetch after the client's operation (`Mine__vehicle__1`): the same fetch of two operations differs only there. */
function normalisedQuery(query: string | undefined): string {
  return (query ?? '').replace(/^(query|subscription)\s+[_A-Za-z][_0-9A-Za-z]*/, '$1');
}

/** ws:// URL of a subgraph's graphql-ws endpoint, from its http(s) URL. */
export function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}
