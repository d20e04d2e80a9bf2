import { createClient, type Client, type FormattedExecutionResult, type Sink } from 'graphql-ws';

export type UpstreamEvent = FormattedExecutionResult<Record<string, unknown>, unknown>;
import WebSocket from 'ws';

export interface UpstreamOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  /** The credential of this operation: the subgraph verifies it per operation, not per socket. */
  authorization: string;
}

/**
 * One graphql-ws connection per subgraph for the whole router process; every
 * shared subscription rides on it as one operation. The socket itself is
 * the router's (it presents the internal token); each operation carries its
 * caller's credential in `extensions.authorization`.
 *
 * A dropped connection is retried (backoff up to 3 s) and graphql-ws
 * resubscribes every operation still open, so a subgraph restart costs the
 * subscribers the events published while it was down and nothing else.
 */
export class UpstreamMux {
  private readonly clients = new Map<string, Client>();
  private readonly open = new Map<string, number>();

  constructor(
    private readonly wsUrls: () => Record<string, string>,
    private readonly internalToken: string,
  ) {}

  private client(serviceName: string): Client {
    let client = this.clients.get(serviceName);
    if (!client) {
      const url = this.wsUrls()[serviceName];
      if (!url) throw new Error(`no subscription endpoint for subgraph ${serviceName}`);
      client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { internalToken: this.internalToken },
        lazy: true,
        lazyCloseTimeout: 10_000,
        keepAlive: 10_000,
        retryAttempts: Number.MAX_SAFE_INTEGER,
        shouldRetry: () => true,
        retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(3_000, 100 * 2 ** retries) * (0.5 + Math.random() / 2))),
      });
      this.clients.set(serviceName, client);
    }
    return client;
  }

  /** Opens one upstream operation; the returned function ends it. */
  subscribe(serviceName: string, op: UpstreamOperation, sink: Sink<UpstreamEvent>): () => void {
    this.open.set(serviceName, (this.open.get(serviceName) ?? 0) + 1);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this.open.set(serviceName, (this.open.get(serviceName) ?? 1) - 1);
    };
    const unsubscribe = this.client(serviceName).subscribe<Record<string, unknown>>(
      { query: op.query, variables: op.variables, operationName: op.operationName, extensions: { authorization: op.authorization } },
      {
        next: (v) => sink.next(v),
        error: (e) => {
          end();
          sink.error(e);
        },
        complete: () => {
          end();
          sink.complete();
        },
      },
    );
    return () => {
      end();
      unsubscribe();
    };
  }

  /** Open upstream operations per subgraph. */
  stats(): Record<string, number> {
    return Object.fromEntries(this.open);
  }

  async dispose(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map((c) => c.dispose()));
  }
}
