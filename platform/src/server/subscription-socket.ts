/**
 * The subgraph end of the router's subscription socket: graphql-transport-ws,
 * with every operation kept as a small record that events are pushed to.
 *
 * Why not graphql-ws's `useServer`: it serves each operation with a running
 * pipeline — its handler suspended in a `for await`, graphql-js's mapped
 * iterator, the subscribe message and its arguments held for the whole life
 * of the operation. The router multiplexes thousands of operations on one
 * socket and each lives for hours; measured, that pipeline was ~8 KB of
 * registration's heap per operation (docs/performance.md). Here an operation
 * is its context, its variables and its source; an event runs graphql-js'
 * `execute` with the event as root value, as `subscribe` would, and nothing
 * waits while no event comes. The protocol's messages, codes and parsing are
 * graphql-ws's own (`parseMessage`, `stringifyMessage`, `CloseCode`).
 */
import { createSourceEventStream, execute, getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, MessageType, parseMessage, stringifyMessage, type SubscribePayload } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { isPushSource, type Listener } from '../bus/keyed-fanout';

export interface SubscriptionSocketOptions<C> {
  schema: GraphQLSchema;
  /** connection_init: false closes the socket with 4403. */
  admit(connectionParams: Record<string, unknown> | undefined): boolean;
  /** One subscribe message: its checked document and context, or the errors that refuse it. */
  start(payload: SubscribePayload): Promise<{ document: DocumentNode; contextValue: C } | readonly GraphQLError[]>;
  /** After an event's result is written: what the context read for it may go. */
  afterEvent?(contextValue: C): void;
  /** Milliseconds between pings; a socket that does not answer the next ping in that time is dropped. */
  keepAliveMs?: number;
  /** A socket that sends no connection_init within this is closed (4408). */
  initTimeoutMs?: number;
}

export interface SubscriptionSockets {
  readonly operations: number;
  /** Sockets that were admitted (acknowledged) and are still open. */
  readonly sockets: number;
  /** Closes every socket (1001) and the server. */
  dispose(): Promise<void>;
}

/** Events an operation may have waiting while one is being executed, before it is ended as too slow. */
const MAX_BACKLOG = 1_000;

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> => typeof (x as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function';

const errorsOf = (errors: readonly GraphQLError[]) => errors.map((e) => e.toJSON());

export function serveSubscriptions<C>(wss: WebSocketServer, opts: SubscriptionSocketOptions<C>): SubscriptionSockets {
  const keepAliveMs = opts.keepAliveMs ?? 12_000;
  let operations = 0;
  let sockets = 0;
  wss.options.handleProtocols = handleProtocols;

  wss.on('connection', (socket) => {
    const connection = new Connection(socket, opts, {
      operations: (delta) => (operations += delta),
      sockets: (delta) => (sockets += delta),
    });
    let alive = true;
    const ping = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, keepAliveMs);
    socket.on('pong', () => (alive = true));
    socket.once('error', () => socket.close(CloseCode.InternalServerError, 'Internal server error'));
    socket.once('close', () => {
      clearInterval(ping);
      connection.closed();
    });
  });

  return {
    get operations() {
      return operations;
    },
    get sockets() {
      return sockets;
    },
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners('connection');
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** Reserves an id while its subscribe message is checked; a `complete` meanwhile cancels it. */
const STARTING = Symbol('starting');

/** One socket: the protocol's state and its operations by id. */
class Connection<C> {
  private initialised = false;
  private acknowledged = false;
  private readonly operations = new Map<string, Operation<C> | typeof STARTING>();
  private readonly initTimer: NodeJS.Timeout;

  constructor(
    readonly socket: WebSocket,
    readonly opts: SubscriptionSocketOptions<C>,
    readonly count: { operations: (delta: number) => void; sockets: (delta: number) => void },
  ) {
    if (socket.protocol !== 'graphql-transport-ws') {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
    }
    this.initTimer = setTimeout(() => {
      if (!this.initialised) socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }, opts.initTimeoutMs ?? 3_000);
    socket.on('message', (data) => {
      this.receive(String(data)).catch(() => socket.close(CloseCode.InternalServerError, 'Internal server error'));
    });
  }

  send(message: Parameters<typeof stringifyMessage>[0]): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(stringifyMessage(message));
  }

  private async receive(data: string): Promise<void> {
    let message: ReturnType<typeof parseMessage>;
    try {
      message = parseMessage(data);
    } catch {
      return this.socket.close(CloseCode.BadRequest, 'Invalid message received');
    }
    switch (message.type) {
      case MessageType.ConnectionInit: {
        if (this.initialised) return this.socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
        this.initialised = true;
        clearTimeout(this.initTimer);
        const params = message.payload && typeof message.payload === 'object' ? message.payload : undefined;
        if (!this.opts.admit(params)) return this.socket.close(CloseCode.Forbidden, 'Forbidden');
        this.acknowledged = true;
        this.count.sockets(1);
        return this.send({ type: MessageType.ConnectionAck });
      }
      case MessageType.Ping:
        return this.send(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong });
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        return this.subscribe(message.id, message.payload);
      case MessageType.Complete: {
        const operation = this.operations.get(message.id);
        this.operations.delete(message.id);
        if (operation instanceof Operation) operation.stop();
        return;
      }
      default:
        return this.socket.close(CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  private async subscribe(id: string, payload: SubscribePayload): Promise<void> {
    if (!this.acknowledged) return this.socket.close(CloseCode.Unauthorized, 'Unauthorized');
    if (this.operations.has(id)) return this.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    this.operations.set(id, STARTING);
    // True once, for an id still starting (not completed by the client or closed with its socket meanwhile).
    const release = () => this.operations.get(id) === STARTING && this.operations.delete(id);
    const refuse = (errors: readonly GraphQLError[]) => {
      if (release()) this.send({ id, type: MessageType.Error, payload: errorsOf(errors) });
    };
    let started: Awaited<ReturnType<SubscriptionSocketOptions<C>['start']>>;
    try {
      started = await this.opts.start(payload);
    } catch {
      // One operation's failure (a database that did not answer) must not close the socket every other one shares.
      return refuse([new GraphQLError('This subscription could not be started; try again.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    }
    if (Array.isArray(started)) return refuse(started);
    const { document, contextValue } = started as { document: DocumentNode; contextValue: C };
    const operationName = payload.operationName ?? undefined;
    const variableValues = payload.variables ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) return refuse([new GraphQLError('Unable to identify operation')]);
    // Queries and mutations go through HTTP and its checks.
    if (operation.operation !== 'subscription') return refuse([new GraphQLError('This endpoint serves subscriptions only.', { extensions: { code: 'BAD_USER_INPUT' } })]);
    const args = { schema: this.opts.schema, document, contextValue, variableValues, operationName };
    let stream: Awaited<ReturnType<typeof createSourceEventStream>>;
    try {
      stream = await createSourceEventStream(args);
    } catch (err) {
      return refuse([new GraphQLError(err instanceof Error ? err.message : String(err))]);
    }
    if (!isAsyncIterable(stream)) {
      // The subscribe resolver refused (forbidden, bad argument): its errors as a result, then complete — as graphql-ws does.
      if (!release()) return;
      this.send({ id, type: MessageType.Next, payload: stream });
      return this.send({ id, type: MessageType.Complete });
    }
    const source = stream[Symbol.asyncIterator]();
    if (this.operations.get(id) !== STARTING) {
      // Completed by the client while it was starting.
      void source.return?.();
      return;
    }
    const live = new Operation<C>(id, this, args, source);
    this.operations.set(id, live);
    this.count.operations(1);
    if (isPushSource(source)) source.listen(live);
    else live.pull();
  }

  /** The operation ended on its own (source done, failed): forget it. */
  forget(id: string, operation: Operation<C>): void {
    if (this.operations.get(id) === operation) this.operations.delete(id);
  }

  closed(): void {
    clearTimeout(this.initTimer);
    if (this.acknowledged) this.count.sockets(-1);
    for (const operation of this.operations.values()) if (operation instanceof Operation) operation.stop();
    this.operations.clear();
  }
}

/**
 * A live operation: events are executed one at a time, in the order they
 * came; those that come meanwhile wait in a bounded backlog.
 */
class Operation<C> implements Listener<unknown> {
  private backlog: unknown[] | null = null;
  private running = false;
  private ending = false;
  private stopped = false;

  constructor(
    private readonly id: string,
    private readonly connection: Connection<C>,
    private readonly args: { schema: GraphQLSchema; document: DocumentNode; contextValue: C; variableValues: Record<string, unknown> | undefined; operationName: string | undefined },
    private readonly source: AsyncIterator<unknown>,
  ) {}

  event(event: unknown): void {
    if (this.stopped) return;
    if (!this.running) {
      void this.run(event);
      return;
    }
    const backlog = (this.backlog ??= []);
    if (backlog.push(event) > MAX_BACKLOG) this.fail(new GraphQLError(`More than ${MAX_BACKLOG} events were waiting: this subscription fell too far behind.`));
  }

  /** The source is done: complete once what came before is sent. */
  end(): void {
    if (this.stopped) return;
    this.ending = true;
    if (!this.running) this.finish();
  }

  /** For a source that is not a push source: pull it, one event at a time. */
  pull(): void {
    void (async () => {
      try {
        for (let next = await this.source.next(); !next.done && !this.stopped; next = await this.source.next()) this.event(next.value);
        this.end();
      } catch (err) {
        this.fail(new GraphQLError(err instanceof Error ? err.message : String(err)));
      }
    })();
  }

  /** Ended by the client or the socket: no message. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.backlog = null;
    this.connection.count.operations(-1);
    void this.source.return?.();
  }

  private async run(first: unknown): Promise<void> {
    this.running = true;
    try {
      for (let event: unknown = first; event !== undefined && !this.stopped; event = this.backlog?.shift()) {
        let result: ExecutionResult;
        try {
          result = await execute({ ...this.args, rootValue: event });
        } catch (err) {
          return this.fail(new GraphQLError(err instanceof Error ? err.message : String(err)));
        }
        if (this.stopped) return;
        this.connection.send({ id: this.id, type: MessageType.Next, payload: result });
        this.connection.opts.afterEvent?.(this.args.contextValue);
      }
    } finally {
      this.running = false;
    }
    if (this.ending) this.finish();
  }

  private finish(): void {
    if (this.stopped) return;
    this.stop();
    this.connection.forget(this.id, this);
    this.connection.send({ id: this.id, type: MessageType.Complete });
  }

  private fail(error: GraphQLError): void {
    if (this.stopped) return;
    this.stop();
    this.connection.forget(this.id, this);
    this.connection.send({ id: this.id, type: MessageType.Error, payload: errorsOf([error]) });
  }
}
