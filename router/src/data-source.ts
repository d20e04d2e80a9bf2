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
  constructor(url: string, timeoutMs: number) {
    const fetcher: Fetcher = (input, init) =>
      globalThis.fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }) as unknown as ReturnType<Fetcher>;
    super({ url, fetcher });
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
