import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export type Result<T> = ExecutionResult<T> & { status: number };

/** A live subscription: events are queued until read. */
export interface LiveSubscription<T> {
  /** The next event, or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Events received and not read yet. */
  pending(): ExecutionResult<T>[];
  /** Resolves with the close/error reason if the server ends the subscription. */
  readonly ended: Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The typed SDK first-party clients and the end-to-end tests use: HTTP POST
 * for queries and mutations, graphql-ws for subscriptions, both to the router.
 */
export class SimvebClient {
  private ws: Client | undefined;

  constructor(
    readonly url: string,
    readonly headers: Record<string, string> = {},
    readonly connectionParams: Record<string, unknown> = {},
  ) {}

  with(headers: Record<string, string>, connectionParams: Record<string, unknown> = {}): SimvebClient {
    return new SimvebClient(this.url, { ...this.headers, ...headers }, { ...this.connectionParams, ...connectionParams });
  }

  async request<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V> | string, variables?: V, headers: Record<string, string> = {}): Promise<Result<T>> {
    // Typed documents travel by id (the router's manifest of the SDK's operations); ad-hoc strings as text.
    const id = typeof document === 'string' ? undefined : (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    const payload = id ? { documentId: `sha256:${id}`, variables } : { query: typeof document === 'string' ? document : print(document), variables };
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...headers },
      body: JSON.stringify(payload),
    });
    const body = (await res.json()) as ExecutionResult<T>;
    return { ...body, status: res.status };
  }

  private wsClient(): Client {
    this.ws ??= createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: this.connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    return this.ws;
  }

  subscribe<T, V extends Record<string, unknown> = Record<string, unknown>>(document: TypedDocumentNode<T, V> | string, variables?: V): LiveSubscription<T> {
    const queue: ExecutionResult<T>[] = [];
    const waiters: ((r: ExecutionResult<T>) => void)[] = [];
    let endReason: (r: unknown) => void = () => {};
    const ended = new Promise<unknown>((r) => (endReason = r));
    // Typed documents name their registered operation too, so a safelisted router runs them over the socket as over HTTP.
    const id = typeof document === 'string' ? undefined : (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    const dispose = this.wsClient().subscribe<T>(
      { query: typeof document === 'string' ? document : print(document), variables, ...(id && { extensions: { persistedQuery: { version: 1, sha256Hash: id } } }) },
      {
        next: (value) => {
          const waiter = waiters.shift();
          if (waiter) waiter(value as ExecutionResult<T>);
          else queue.push(value as ExecutionResult<T>);
        },
        error: (err) => endReason(err),
        complete: () => endReason('complete'),
      },
    );
    return {
      ended,
      pending: () => [...queue],
      next: (timeoutMs = 5_000) =>
        queue.length
          ? Promise.resolve(queue.shift()!)
          : new Promise((resolve, reject) => {
              const timer = setTimeout(() => {
                waiters.splice(waiters.indexOf(done), 1);
                reject(new Error(`no event within ${timeoutMs} ms`));
              }, timeoutMs);
              const done = (r: ExecutionResult<T>) => {
                clearTimeout(timer);
                resolve(r);
              };
              waiters.push(done);
            }),
      close: async () => dispose(),
    };
  }

  /** Waits until the WebSocket connection is acknowledged (subscriptions are live). */
  async connected(): Promise<void> {
    const client = this.wsClient();
    await new Promise<void>((resolve, reject) => {
      const off = client.on('connected', () => (off(), resolve()));
      const offErr = client.on('error', (e) => (offErr(), reject(e)));
    });
  }

  async close(): Promise<void> {
    await this.ws?.dispose();
    this.ws = undefined;
  }
}
