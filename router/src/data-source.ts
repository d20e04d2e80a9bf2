import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';

/** What the router passes down with every subgraph request. */
export interface RouterContext {
  /** Headers forwarded as they are (verified identity, SQL trace id). */
  forward: Record<string, string>;
  /** Whose rate budget the request spends (see protection/protect.ts). */
  identity: string;
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

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    for (const [name, value] of Object.entries((context as RouterContext | undefined)?.forward ?? {})) {
      request.http?.headers.set(name, value);
    }
  }
}

/** ws:// URL of a subgraph's graphql-ws endpoint, from its http(s) URL. */
export function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}
