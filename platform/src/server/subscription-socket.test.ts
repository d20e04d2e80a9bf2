import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { createEventBus } from '../bus/event-bus';
import { KeyedFanout } from '../bus/keyed-fanout';
import { serveSubscriptions, type SubscriptionSockets } from './subscription-socket';

type Ev = { n: number; key: string };
type Ctx = { who: string; events: number; gate: Promise<void> | null };

const bus = createEventBus(undefined);
const fanout = new KeyedFanout<Ev>(bus, 'unit.socket', (e) => [e.key]);

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'yes' } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      // Push source: the fan-out's subscription, as registration's demand events are.
      ticks: {
        type: new GraphQLObjectType({ name: 'Tick', fields: { n: { type: GraphQLInt }, who: { type: GraphQLString } } }),
        args: { key: { type: GraphQLString } },
        subscribe: (_root, args: { key: string }) => {
          if (args.key === 'forbidden') throw new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } });
          return fanout.subscribe(args.key, () => true);
        },
        resolve: async (event: unknown, _args, ctx: Ctx) => {
          await ctx.gate;
          ctx.events += 1;
          return { n: (event as Ev).n, who: ctx.who };
        },
      },
      // Any other async iterable: pulled, and completed when it ends.
      countdown: {
        type: GraphQLInt,
        subscribe: async function* () {
          yield 2;
          yield 1;
        },
        resolve: (n: unknown) => n,
      },
    },
  }),
});

const contexts: Ctx[] = [];
let afterEvents = 0;
let server: http.Server;
let sockets: SubscriptionSockets;
let url: string;

beforeAll(async () => {
  server = http.createServer();
  sockets = serveSubscriptions<Ctx>(new WebSocketServer({ server }), {
    schema,
    admit: (params) => params?.internalToken === 'inside',
    start: async (payload) => {
      const who = (payload.extensions as { authorization?: string } | undefined)?.authorization;
      if (!who) return [new GraphQLError('Who are you?', { extensions: { code: 'UNAUTHENTICATED' } })];
      if (who === 'boom') throw new Error('connection terminated');
      const ctx: Ctx = { who, events: 0, gate: null };
      contexts.push(ctx);
      return { document: parse(payload.query), contextValue: ctx };
    },
    afterEvent: () => (afterEvents += 1),
    initTimeoutMs: 300,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await sockets.dispose();
  await new Promise((r) => server.close(r));
  await fanout.close();
});

const client = () =>
  createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { internalToken: 'inside' },
    retryAttempts: 0,
    jsonMessageReplacer: undefined,
  });

/** Waits (up to 3 s) until `pred` holds; says whether it does. */
async function until(pred: () => boolean, ms = 3_000): Promise<boolean> {
  for (const end = Date.now() + ms; !pred() && Date.now() < end;) await new Promise((r) => setTimeout(r, 10));
  return pred();
}

/** A raw socket, initialised (or not), and every message and the close code it gets. */
async function raw(init: Record<string, unknown> | null = { internalToken: 'inside' }) {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const messages: { id?: string; type: string; payload?: unknown }[] = [];
  let isClosed = false;
  const closed = new Promise<number>((r) => socket.on('close', (code) => ((isClosed = true), r(code))));
  socket.on('message', (m) => messages.push(JSON.parse(String(m))));
  await new Promise((r) => socket.on('open', r));
  if (init) socket.send(JSON.stringify({ type: 'connection_init', payload: init }));
  if (init) await until(() => isClosed || messages.some((m) => m.type === 'connection_ack'));
  return { socket, messages, closed, send: (m: unknown) => socket.send(typeof m === 'string' ? m : JSON.stringify(m)) };
}

describe('the subscription socket', () => {
  it('pushes each event through its operation’s own context, in order, and files it out when the client completes', async () => {
    const c = client();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = c.subscribe(
      { query: 'subscription { ticks(key: "k") { n who } }', extensions: { authorization: 'ann' } },
      { next: (v) => a.push(v.data), error: () => undefined, complete: () => undefined },
    );
    const stopB = c.subscribe(
      { query: 'subscription { ticks(key: "k") { n who } }', extensions: { authorization: 'bob' } },
      { next: (v) => b.push(v.data), error: () => undefined, complete: () => undefined },
    );
    await until(() => fanout.subscribers >= 2);
    expect(sockets.operations).toBe(2);
    expect(sockets.sockets).toBe(1);
    const before = afterEvents;
    for (let n = 1; n <= 5; n++) await bus.publish('unit.socket', { n, key: 'k' });
    await bus.publish('unit.socket', { n: 99, key: 'other' });
    await until(() => a.length >= 5 && b.length >= 5);
    expect(a).toEqual([1, 2, 3, 4, 5].map((n) => ({ ticks: { n, who: 'ann' } })));
    expect(b).toEqual([1, 2, 3, 4, 5].map((n) => ({ ticks: { n, who: 'bob' } })));
    expect(afterEvents - before).toBe(10);
    stopA();
    stopB();
    await until(() => fanout.subscribers === 0);
    expect(fanout.subscribers).toBe(0);
    expect(sockets.operations).toBe(0);
    await c.dispose();
  });

  it('a pulled source ends with complete after its last event', async () => {
    const c = client();
    const got: unknown[] = [];
    await new Promise<void>((resolve, reject) =>
      c.subscribe({ query: 'subscription { countdown }', extensions: { authorization: 'ann' } }, { next: (v) => got.push(v.data), error: reject, complete: resolve }),
    );
    expect(got).toEqual([{ countdown: 2 }, { countdown: 1 }]);
    expect(sockets.operations).toBe(0);
    await c.dispose();
  });

  it('refuses what it should: no credential (error), a query (error), a refused subscribe (result with errors, then complete), a failed start (error)', async () => {
    const s = await raw();
    s.send({ id: 'a', type: 'subscribe', payload: { query: 'subscription { ticks(key: "k") { n } }' } });
    s.send({ id: 'b', type: 'subscribe', payload: { query: '{ ok }', extensions: { authorization: 'ann' } } });
    s.send({ id: 'c', type: 'subscribe', payload: { query: 'subscription { ticks(key: "forbidden") { n } }', extensions: { authorization: 'ann' } } });
    s.send({ id: 'd', type: 'subscribe', payload: { query: 'subscription { countdown }', extensions: { authorization: 'boom' } } });
    await until(() => s.messages.filter((m) => m.id).length >= 5);
    const of = (id: string) => s.messages.filter((m) => m.id === id);
    // A failure while starting one operation refuses that one; the socket the others share stays open.
    expect(of('d')).toMatchObject([{ type: 'error', payload: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }]);
    expect(s.socket.readyState).toBe(WebSocket.OPEN);
    expect(of('a')).toMatchObject([{ type: 'error', payload: [{ extensions: { code: 'UNAUTHENTICATED' } }] }]);
    expect(of('b')).toMatchObject([{ type: 'error', payload: [{ message: 'This endpoint serves subscriptions only.', extensions: { code: 'BAD_USER_INPUT' } }] }]);
    expect(of('c')).toMatchObject([{ type: 'next', payload: { errors: [{ message: 'Not yours.', extensions: { code: 'FORBIDDEN' } }] } }, { type: 'complete' }]);
    expect(sockets.operations).toBe(0);
    s.socket.close();
  });

  it('closes sockets that break the protocol, with its codes', async () => {
    await until(() => sockets.sockets === 0);
    const refused = await raw({ internalToken: 'guess' });
    expect(sockets.sockets).toBe(0);
    expect(await refused.closed).toBe(4403);
    // A socket that does not ask for graphql-transport-ws is not spoken to.
    const bare = new WebSocket(url);
    expect(await new Promise((r) => bare.on('close', r))).toBe(4406);
    expect(await (await raw(null)).closed).toBe(4408);
    const early = await raw(null);
    early.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { countdown }' } });
    expect(await early.closed).toBe(4401);
    const twice = await raw();
    twice.send({ type: 'connection_init' });
    expect(await twice.closed).toBe(4429);
    const junk = await raw();
    junk.send('{"type":"subscribe","id":1}');
    expect(await junk.closed).toBe(4400);
    const dup = await raw();
    const sub = { id: 'x', type: 'subscribe', payload: { query: 'subscription { ticks(key: "dup") { n } }', extensions: { authorization: 'ann' } } };
    dup.send(sub);
    dup.send(sub);
    expect(await dup.closed).toBe(4409);
    await until(() => fanout.subscribers === 0);
    expect(fanout.subscribers).toBe(0);
  });

  it('answers ping with pong, payload kept', async () => {
    const s = await raw();
    s.send({ type: 'ping', payload: { at: 1 } });
    expect(await until(() => s.messages.some((m) => m.type === 'pong'))).toBe(true);
    expect(s.messages.find((m) => m.type === 'pong')).toEqual({ type: 'pong', payload: { at: 1 } });
    s.socket.close();
  });

  it('an operation too slow for its events is ended with an error, the others go on; a closed socket stops everything it had', async () => {
    const s = await raw();
    s.send({ id: 'slow', type: 'subscribe', payload: { query: 'subscription { ticks(key: "s") { n } }', extensions: { authorization: 'slow' } } });
    s.send({ id: 'fast', type: 'subscribe', payload: { query: 'subscription { ticks(key: "s") { n } }', extensions: { authorization: 'fast' } } });
    await until(() => fanout.subscribers >= 2);
    // The slow one's first execution waits until released; 1,001 more events pile up behind it.
    contexts.find((c) => c.who === 'slow')!.gate = new Promise(() => undefined);
    for (let n = 0; n <= 1_001; n++) await bus.publish('unit.socket', { n, key: 's' });
    await until(() => s.messages.some((m) => m.id === 'slow' && m.type === 'error') && s.messages.filter((m) => m.id === 'fast').length >= 1_002);
    expect(s.messages.find((m) => m.id === 'slow')).toMatchObject({ type: 'error', payload: [{ message: expect.stringContaining('fell too far behind') }] });
    expect(s.messages.filter((m) => m.id === 'fast' && m.type === 'next')).toHaveLength(1_002);
    expect(fanout.subscribers).toBe(1);
    s.socket.close();
    await until(() => fanout.subscribers === 0);
    expect(fanout.subscribers).toBe(0);
    expect(sockets.operations).toBe(0);
  });

  it('a complete that comes while the operation is starting leaves nothing behind', async () => {
    const s = await raw();
    s.send({ id: 'q', type: 'subscribe', payload: { query: 'subscription { ticks(key: "q") { n } }', extensions: { authorization: 'ann' } } });
    s.send({ id: 'q', type: 'complete' });
    await new Promise((r) => setTimeout(r, 200));
    expect(fanout.subscribers).toBe(0);
    expect(sockets.operations).toBe(0);
    expect(s.messages.filter((m) => m.id === 'q')).toEqual([]);
    s.socket.close();
  });
});
