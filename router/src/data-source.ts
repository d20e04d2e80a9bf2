import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** How long one event's fetches are reused by the other groups of its context (they arrive within milliseconds). */
const SHARED_EVENT_MEMO_MS = 2_000;

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
}

/**
 * HTTP to a subgraph over Node's fetch (undici keeps connections alive and
 * pools them per origin), with the router's forwarded headers and a timeout.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(
    url: string,
    timeoutMs: number,
    /** Interfaces of the supergraph: a subgraph that sees one as an @interfaceObject names it as an entity's type. */
    private readonly interfaces: () => ReadonlySet<string> = () => new Set(),
  ) {
    const fetcher: Fetcher = (input, init) =>
      globalThis.fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }) as unknown as ReturnType<Fetcher>;
    super({ url, fetcher });
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
  private readonly perEvent = new Map<string, Promise<GatewayGraphQLResponse>>();

  /** Identical queries of one caller (same credential) in flight at once: a dashboard polling with one token. */
  private readonly inFlight = new Map<string, Promise<GatewayGraphQLResponse>>();

  override process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const context = options.context as RouterContext | undefined;
    const body = `${normalisedQuery(options.request.query)}\0${JSON.stringify(options.request.variables ?? {})}`;
    if (context?.sharedEvent) return this.memo(this.perEvent, `${context.sharedEvent}\0${body}`, options, SHARED_EVENT_MEMO_MS);
    // Reads only, and never across credentials: the key holds every header sent upstream (the exact Authorization).
    if (context?.forward.authorization && /^\s*(query\b|\{)/.test(options.request.query ?? '')) return this.memo(this.inFlight, `${JSON.stringify(context.forward)}\0${body}`, options, 0);
    return super.process(options);
  }

  /** One fetch for every caller asking the same within `keepMs` of its answer (0: while it is in flight). */
  private memo(store: Map<string, Promise<GatewayGraphQLResponse>>, key: string, options: GraphQLDataSourceProcessOptions<RouterContext>, keepMs: number): Promise<GatewayGraphQLResponse> {
    let fetch = store.get(key);
    if (!fetch) {
      fetch = super.process(options);
      store.set(key, fetch);
      const forget = () => (keepMs ? setTimeout(() => store.delete(key), keepMs).unref() : store.delete(key));
      fetch.then(forget, () => store.delete(key));
    }
    // Each caller gets its own copy: the gateway merges responses into its result tree.
    return fetch.then((r) => structuredClone(r));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    this.fetches += 1;
    for (const [name, value] of Object.entries((context as RouterContext | undefined)?.forward ?? {})) {
      request.http?.headers.set(name, value);
    }
  }
}

/** The gateway names each fetch after the client's operation (`Mine__vehicle__1`): the same fetch of two operations differs only there. */
function normalisedQuery(query: string | undefined): string {
  return (query ?? '').replace(/^(query|subscription)\s+[_A-Za-z][_0-9A-Za-z]*/, '$1');
}

/** ws:// URL of a subgraph's graphql-ws endpoint, from its http(s) URL. */
export function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}
