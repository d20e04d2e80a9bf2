import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthRoutes } from './health';
import { routingUrlsOf } from '../supergraph';

/** Loopback servers standing for subgraphs: one ready, one not, one that never answers. */
const servers: http.Server[] = [];
async function serve(handler: http.RequestListener): Promise<string> {
  const s = http.createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
}
let urls: Record<string, string>;
let router: string;

beforeAll(async () => {
  urls = {
    identity: await serve((_req, res) => res.writeHead(200).end('{}')),
    billing: await serve((_req, res) => res.writeHead(503).end('{}')),
    vehicle: await serve(() => undefined),
  };
  const app = express();
  let current: Record<string, string> = {};
  app.post('/use', express.json(), (req, res) => {
    current = Object.fromEntries((req.body as string[]).map((n) => [n, urls[n]!]));
    res.end();
  });
  healthRoutes(app, () => current);
  router = await serve(app);
});
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r))))));

const use = (names: string[]) => fetch(new URL('/use', router), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(names) });

describe('router health routes (in-process)', () => {
  it('/health answers without asking anyone', async () => {
    const r = await fetch(new URL('/health', router));
    expect([r.status, await r.json()]).toEqual([200, { status: 'ok', service: 'router' }]);
  });

  it('/ready is 200 when every subgraph is ready', async () => {
    await use(['identity']);
    const r = await fetch(new URL('/ready', router));
    expect([r.status, await r.json()]).toEqual([200, { status: 'ready', subgraphs: { identity: true } }]);
  });

  it('/ready is 503 naming the subgraph that is not, and a hung one counts as not ready within about 2 s', async () => {
    await use(['identity', 'billing', 'vehicle']);
    const started = Date.now();
    const r = await fetch(new URL('/ready', router));
    expect(Date.now() - started).toBeLessThan(3_500);
    expect([r.status, await r.json()]).toEqual([503, { status: 'degraded', subgraphs: { identity: true, billing: false, vehicle: false } }]);
  });
});

describe('routingUrlsOf', () => {
  it("reads each subgraph's routing URL from the supergraph", () => {
    const sdl = 'enum join__Graph {\n  BILLING @join__graph(name: "billing", url: "http://b:4004/graphql")\n  IDENTITY @join__graph(name: "identity", url: "http://i:4001/graphql")\n}';
    expect(routingUrlsOf(sdl)).toEqual({ billing: 'http://b:4004/graphql', identity: 'http://i:4001/graphql' });
  });
});
