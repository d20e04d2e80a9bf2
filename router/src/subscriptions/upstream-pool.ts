import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Upstream graphql-ws connections of one downstream client: at most one per
 * subgraph, opened on first use, all closed with the downstream connection.
 * No retries: when a subgraph connection drops, the subscriptions riding on it
 * end with an error instead of hanging.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly wsUrls: () => Record<string, string>,
    private readonly connectionParams: () => Record<string, unknown>,
  ) {}

  client(serviceName: string): Client {
    let client = this.clients.get(serviceName);
    if (!client) {
      const url = this.wsUrls()[serviceName];
      if (!url) throw new Error(`no subscription endpoint for subgraph ${serviceName}`);
      client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: this.connectionParams,
        lazy: true,
        lazyCloseTimeout: 0,
        retryAttempts: 0,
        keepAlive: 10_000,
        shouldRetry: () => false,
      });
      this.clients.set(serviceName, client);
    }
    return client;
  }

  async dispose(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map((c) => c.dispose()));
  }
}
