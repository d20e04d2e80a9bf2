import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SubgraphDataSource, type RouterContext } from './data-source';
import { formatRouterError } from './errors';

/** A subgraph stand-in on loopback: records what it receives, answers what the test says. */
interface Seen {
  headers: http.IncomingHttpHeaders;
  body: { query: string; variables?: Record<string, unknown> };
}
let server: http.Server;
let base: string;
const seen: Seen[] = [];
let answer: (req: Seen, res: http.ServerResponse) => void = (_req, res) => res.end();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => {
      const s = { headers: req.headers, body: JSON.parse(raw) as Seen['body'] };
      seen.push(s);
      answer(s, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const json = (res: http.ServerResponse, status: number, body: unknown, delayMs = 0) =>
  setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)), delayMs);

function options(query: string, context: Partial<RouterContext> = {}, variables: Record<string, unknown> = {}): GraphQLDataSourceProcessOptions<RouterContext> {
  return {
    request: { query, variables },
    context: { forward: {}, identity: 'test', ...context },
  } as unknown as GraphQLDataSourceProcessOptions<RouterContext>;
}

/** What a client would see for an error thrown by the data source. */
const clientCode = (err: unknown) => formatRouterError({ message: (err as Error).message }, err).extensions?.code;

describe('SubgraphDataSource (in-process, against a loopback HTTP server)', () => {
  it('posts the query with the forwarded headers and returns the JSON answer', async () => {
    answer = (_s, res) => json(res, 200, { data: { vehicle: { vin: 'VF1' } } });
    const ds = new SubgraphDataSource('test', `${base}/graphql`, 2_000);
    seen.length = 0;
    const r = await ds.process(options('query { vehicle { vin } }', { forward: { authorization: 'Bearer a', 'x-sql-trace': 't1' } }, { id: 1 }));
    expect(r.data).toEqual({ vehicle: { vin: 'VF1' } });
    expect(seen[0]!.headers.authorization).toBe('Bearer a');
    expect(seen[0]!.headers['x-sql-trace']).toBe('t1');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.body).toMatchObject({ query: 'query { vehicle { vin } }', variables: { id: 1 } });
    expect(ds.fetches).toBe(1);
    await ds.close();
  });

  it('a non-2xx answer is an error carrying the status, never data', async () => {
    answer = (_s, res) => json(res, 401, { errors: [{ message: 'no' }] });
    const ds = new SubgraphDataSource('test', `${base}/graphql`, 2_000);
    const err = await ds.process(options('{ a }', { forward: { authorization: 'Bearer x' } })).catch((e: unknown) => e);
    expect((err as { extensions: { code: string; response: { status: number } } }).extensions).toMatchObject({ code: 'UNAUTHENTICATED', response: { status: 401 } });
    await ds.close();
  });

  it('a subgraph that does not answer in time is UPSTREAM_UNAVAILABLE to the client', async () => {
    answer = (_s, res) => json(res, 200, { data: {} }, 4_000);
    const ds = new SubgraphDataSource('test', `${base}/graphql`, 150);
    const started = Date.now();
    const err = await ds.process(options('{ slow }')).catch((e: unknown) => e);
    // undici checks its timeouts on a coarse clock (about a second): bounded well before the answer would come.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(clientCode(err)).toBe('UPSTREAM_UNAVAILABLE');
    await ds.close();
  });

  it('a subgraph that refuses the connection is UPSTREAM_UNAVAILABLE to the client', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const ds = new SubgraphDataSource('test', `http://127.0.0.1:${port}/graphql`, 2_000);
    const err = await ds.process(options('{ a }')).catch((e: unknown) => e);
    expect(clientCode(err)).toBe('UPSTREAM_UNAVAILABLE');
    await ds.close();
  });

  it('merges identical in-flight reads of one credential, never across credentials, never mutations', async () => {
    answer = (s, res) => json(res, 200, { data: { who: s.headers.authorization } }, 50);
    const ds = new SubgraphDataSource('test', `${base}/graphql`, 2_000);
    seen.length = 0;
    const a = { forward: { authorization: 'Bearer a' } };
    const b = { forward: { authorization: 'Bearer b' } };
    const results = await Promise.all([
      ds.process(options('query Dash { demands { id } }', a)),
      ds.process(options('query Other { demands { id } }', a)),
      ds.process(options('query Dash { demands { id } }', b)),
      ds.process(options('mutation { touch }', a)),
      ds.process(options('mutation { touch }', a)),
    ]);
    // One read for caller a (the operation's name does not matter), one for b, each mutation on its own.
    expect(seen).toHaveLength(4);
    expect(results.map((r) => (r.data as { who: string }).who)).toEqual(['Bearer a', 'Bearer a', 'Bearer b', 'Bearer a', 'Bearer a']);
    // Each caller gets its own copy: the gateway merges into it.
    expect(results[0]).not.toBe(results[1]);
    await ds.close();
  });

  it("drops an @interfaceObject's name from entities so the gateway keeps the concrete type", async () => {
    answer = (_s, res) =>
      json(res, 200, {
        data: {
          _entities: [
            { __typename: 'Party', centers: [] },
            { __typename: 'Vehicle', vin: 'V' },
          ],
        },
      });
    const ds = new SubgraphDataSource('test', `${base}/graphql`, 2_000, () => new Set(['Party']));
    const r = await ds.process(options('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }'));
    expect(r.data).toEqual({ _entities: [{ centers: [] }, { __typename: 'Vehicle', vin: 'V' }] });
    await ds.close();
  });
});
