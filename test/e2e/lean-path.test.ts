import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { DEMO } from '@simveb/platform/demo';
import { graph } from '../support/graph';
import { signIn, type DemoUser } from '../support/sessions';
import { scrape } from '../support/metrics';

/**
 * The router answers operations that can run on its lean path
 * (router/src/http/lean-graphql.ts) instead of Apollo Server's request
 * pipeline. Here every request goes to two routers over the same subgraphs —
 * the suite's (lean path on) and one with ROUTER_LEAN_PATH=false (every request
 * through Apollo Server and the gateway's executor, as before) — and their
 * answers must be the same: status, content type, the cost and budget headers,
 * and the body byte for byte once the budget's remaining points are set aside
 * (both spend from the same Redis budget). The corpus: every query the SDK and
 * the apps register, as each kind of caller; hand-written shapes (partial data
 * with errors, not found, forbidden, introspection, aliases, fragments,
 * directives, several operations); mutations refused by a subgraph; and the
 * requests the lean path hands on (they must still be answered alike).
 */
const REPO = path.resolve(import.meta.dirname, '../..');
const registered = Object.values(JSON.parse(readFileSync(path.join(REPO, 'clients/sdk/generated/persisted-documents.json'), 'utf8')) as Record<string, string>);

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  body: string;
}

async function ask(url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const pick = ['content-type', 'x-query-cost', 'x-ratelimit-limit', 'x-ratelimit-reset', 'retry-after', 'cache-control'];
  return {
    status: res.status,
    headers: Object.fromEntries(pick.map((h) => [h, res.headers.get(h)])),
    body: await res.text(),
  };
}

let apolloPath: { child: Child; url: string };
const callers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  apolloPath = await startRouterProcess({ ...graph().env, ROUTER_LEAN_PATH: 'false' }, await freePort(), graph().subgraphUrls, false, 'router-apollo-path');
  callers.anonymous = {};
  callers.partner = { authorization: `Bearer ${DEMO.partnerKey.key}` };
  for (const who of ['citizen', 'manager', 'agent', 'bank', 'printer'] as DemoUser[]) callers[who] = { authorization: `Bearer ${(await signIn(who)).accessToken}` };
}, 90_000);
afterAll(async () => {
  if (apolloPath) await stopChild(apolloPath.child);
});

/** Both routers' answers to one request; the reset second may tick between the two. */
async function both(body: unknown, headers: Record<string, string>): Promise<[Answer, Answer]> {
  const lean = await ask(graph().routerUrl, body, headers);
  const apollo = await ask(apolloPath.url, body, headers);
  for (const a of [lean, apollo]) a.headers['x-ratelimit-reset'] = a.headers['x-ratelimit-reset'] === null ? null : 'set';
  return [lean, apollo];
}

/**
 * Other test files move demands while this one runs: two answers a moment apart may differ by what changed in
 * between. A difference is asked again (up to three times); one that stays is the paths' own.
 */
async function expectSame(body: unknown, headers: Record<string, string>, label: string): Promise<Answer> {
  let [lean, apollo] = await both(body, headers);
  for (let attempt = 1; attempt < 3 && JSON.stringify(lean) !== JSON.stringify(apollo); attempt++) [lean, apollo] = await both(body, headers);
  expect({ label, ...lean }).toEqual({ label, ...apollo });
  return lean;
}

/** Values for the registered operations' variables, read from this run's data. */
async function variablesFor(): Promise<Record<string, unknown>> {
  const manager = callers.manager!;
  const read = async (query: string, who = manager) =>
    ((await (await fetch(graph().routerUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...who }, body: JSON.stringify({ query }) })).json()) as { data: Record<string, any> })
      .data;
  const demands = await read('{ demands(first: 1) { edges { node { id } } } }');
  const vehicles = await read('{ vehicles(first: 20) { edges { node { vin plate { number } } } } }', callers.partner!);
  const vehicle = (vehicles.vehicles.edges as { node: { vin: string; plate: { number: string } | null } }[]).find((e) => e.node.plate)?.node;
  return {
    id: demands.demands.edges[0]?.node.id ?? '00000000-0000-4000-8000-000000000000',
    number: vehicle?.plate?.number ?? 'AB 1234 RB',
    numbers: [vehicle?.plate?.number ?? 'AB 1234 RB', 'ZZ 0000 ZZ'],
    vin: vehicle?.vin ?? 'VF1AAAAA000000001',
    code: 'NOT-A-REAL-CODE',
    serviceCode: 'GRAY_CARD_DUPLICATE',
    first: 5,
  };
}

describe('the lean path answers as Apollo Server did', () => {
  it('every registered query, as every kind of caller', async () => {
    const values = await variablesFor();
    const queries = registered.filter((q) => /^\s*query\b/.test(q));
    expect(queries.length).toBeGreaterThan(20);
    const before = await leanCount();
    let sent = 0;
    for (const query of queries) {
      const names = [...(query.split('{', 1)[0] ?? '').matchAll(/\$(\w+)/g)].map((m) => m[1]!);
      const variables = Object.fromEntries(names.filter((n) => n in values).map((n) => [n, values[n]]));
      for (const [who, headers] of Object.entries(callers)) {
        await expectSame({ query, variables }, headers, `${query.slice(0, 40)} as ${who}`);
        sent++;
      }
    }
    // Most of them were the lean path's to answer (the rest: refused before running, e.g. a missing variable).
    expect((await leanCount()) - before).toBeGreaterThan(sent / 2);
  });

  it('hand-written shapes: partial data, not found, forbidden, introspection, aliases, fragments, directives, operation names', async () => {
    const cases: [string, unknown][] = [
      ['typename', { query: '{ __typename }' }],
      ['introspection', { query: '{ __schema { queryType { name } } __type(name: "Vehicle") { name fields { name } } }' }],
      [
        'four subgraphs',
        { query: '{ demands(first: 5) { edges { node { reference status vehicle { vin brand { name } plate { number } } applicant { displayName } order { total } paymentStatus } } } }' },
      ],
      ['aliases and fragments', { query: 'query A { a: vehicles(first: 2) { ...V } b: vehicles(first: 3) { ...V } } fragment V on VehicleConnection { edges { node { vin model { name } } } }' }],
      [
        'skip and include',
        { query: 'query D($full: Boolean!) { vehicles(first: 3) { edges { node { vin holder @include(if: $full) { displayName } brand @skip(if: $full) { name } } } } }', variables: { full: true } },
      ],
      [
        'skip and include, false',
        { query: 'query D($full: Boolean!) { vehicles(first: 3) { edges { node { vin holder @include(if: $full) { displayName } brand @skip(if: $full) { name } } } } }', variables: { full: false } },
      ],
      ['variable default', { query: 'query D($n: Int = 2) { vehicles(first: $n) { edges { node { vin } } } }' }],
      ['two operations, one named', { query: 'query A { __typename } query B { brands { name } }', operationName: 'B' }],
      ['not found', { query: '{ demand(id: "00000000-0000-4000-8000-000000000000") { id reference } }' }],
      ['malformed id', { query: '{ demand(id: "not-an-id") { id } }' }],
      ['one field refused, the others answered', { query: '{ me { id } brands { name } vehicles(first: 1) { edges { node { vin } } } }' }],
      ['nulls and nested lists', { query: '{ vehicles(first: 5) { edges { node { vin plate { number } encumbrances { kind } holder { displayName } } } pageInfo { hasNextPage endCursor } } }' }],
      ['extensions sent', { query: '{ __typename }', extensions: { client: 'x' } }],
      ['variables null', { query: '{ brands { name } }', variables: null, operationName: null }],
      ['mutation refused by a subgraph', { query: 'mutation { transitionDemand(input: { demandId: "00000000-0000-4000-8000-000000000000", action: VERIFY, expectedVersion: 1 }) { id } }' }],
      ['mutation with bad input', { query: 'mutation { logout(input: { refreshToken: "not-a-token" }) }' }],
    ];
    for (const [label, body] of cases) for (const [who, headers] of Object.entries(callers)) await expectSame(body, headers, `${label} as ${who}`);
  });

  it('what it hands on is answered alike: syntax, validation, unknown operation, bad variables, cost, subscriptions, APQ, batches, Accept', async () => {
    const headers = callers.citizen!;
    const cases: [string, unknown, Record<string, string>?][] = [
      ['syntax', { query: '{ vehicles(first: 1 { vin } }' }],
      ['validation', { query: '{ vehicle(vin: "X") { vin } }' }],
      ['unknown operation', { query: 'query A { __typename }', operationName: 'B' }],
      ['several operations, none named', { query: 'query A { __typename } query B { __typename }' }],
      ['bad variables', { query: 'query V($n: Int!) { vehicles(first: $n) { edges { node { vin } } } }', variables: { n: 'many' } }],
      ['missing variable', { query: 'query V($n: Int!) { vehicles(first: $n) { edges { node { vin } } } }' }],
      ['too costly', { query: '{ vehicles(first: 100) { edges { node { encumbrances(activeOnly: false) { kind } holder { displayName } brand { name } model { name } plate { number } } } } }' }],
      ['subscription over HTTP', { query: 'subscription { demandStatusChanged { status } }' }],
      ['subscription over HTTP, named among others', { query: 'query Q { __typename } subscription S { demandStatusChanged { status } }', operationName: 'S' }],
      ['APQ unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
      ['batch', [{ query: '{ __typename }' }]],
      ['empty query', { query: '' }],
      ['variables as a string', { query: '{ __typename }', variables: '{}' }],
      ['legacy client, validation error', { query: '{ nope }' }, { accept: 'application/json' }],
      ['graphql-response+json preferred', { query: '{ brands { name } }' }, { accept: 'application/graphql-response+json, application/json;q=0.9' }],
      ['any type', { query: '{ brands { name } }' }, { accept: '*/*' }],
      ['unacceptable', { query: '{ brands { name } }' }, { accept: 'text/html' }],
    ];
    for (const [label, body, extra] of cases) await expectSame(body, { ...headers, ...extra }, label);
    // A client's mistake is a 4xx on both: a subscription sent over HTTP was a 500 ("not supported by gateway").
    const [lean] = await both({ query: 'subscription { demandStatusChanged { status } }' }, headers);
    expect(lean.status).toBe(400);
    expect(JSON.parse(lean.body).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a spent budget is spent once, and a subgraph that does not answer is said alike', async () => {
    const env = { ...graph().env, REDIS_URL: '', RATE_LIMIT_ANONYMOUS_POINTS_PER_HOUR: '20' };
    // Billing at an address where nothing listens: the order's fields fail, the rest of the answer stands.
    const urls = { ...graph().subgraphUrls, billing: `http://127.0.0.1:${await freePort()}/graphql` };
    const [lean, apollo] = await Promise.all([
      startRouterProcess(env, await freePort(), urls, false, 'router-lean-budget'),
      startRouterProcess({ ...env, ROUTER_LEAN_PATH: 'false' }, await freePort(), urls, false, 'router-apollo-budget'),
    ]);
    try {
      // A page after a fixed cursor: other files file demands meanwhile, and the newest three would differ between the asks.
      const page = JSON.parse((await ask(graph().routerUrl, { query: '{ demands(first: 5) { edges { cursor } } }' }, callers.manager!)).body) as {
        data: { demands: { edges: { cursor: string }[] } };
      };
      const after = page.data.demands.edges.at(-1)!.cursor;
      const partial = { query: `{ demands(first: 3, after: ${JSON.stringify(after)}) { edges { node { reference order { total } paymentStatus } } } }` };
      const [a, b] = [await ask(lean.url, partial, callers.manager!), await ask(apollo.url, partial, callers.manager!)];
      expect(a).toEqual(b);
      expect(JSON.parse(a.body).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(JSON.parse(a.body).data.demands.edges.length).toBeGreaterThan(0);
      // 1 point each (its own budget in each process: no Redis): the same request refused at the same step.
      const steps = async (url: string) => {
        const out: Answer[] = [];
        for (let i = 0; i < 22; i++) out.push(await ask(url, { query: '{ __typename }' }, {}));
        return out;
      };
      const [c, d] = [await steps(lean.url), await steps(apollo.url)];
      expect(c.map((x) => x.status)).toEqual(d.map((x) => x.status));
      expect(c.filter((x) => x.status === 429)).toHaveLength(2);
      expect(c.at(-1)!.body.replace(/\d+ s\./, 'N s.')).toBe(d.at(-1)!.body.replace(/\d+ s\./, 'N s.'));
    } finally {
      await Promise.all([stopChild(lean.child), stopChild(apollo.child)]);
    }
  }, 90_000);
});

async function leanCount(): Promise<number> {
  const series = await scrape(graph().routerUrl);
  return series.find((s) => s.name === 'simveb_router_http_operations_total' && s.labels.path === 'lean')?.value ?? 0;
}

describe.skipIf(!graph().realPostgres)('in production (introspection off, suggestions hidden)', () => {
  it('the lean path refuses what Apollo Server refuses and answers the rest alike', async () => {
    // Production refuses the development secrets: this pass's are real (the embedded pass skips this).
    const env = { ...graph().env, NODE_ENV: 'production', DEBUG_ENDPOINTS: 'false', REDIS_URL: graph().env.REDIS_URL ?? '' };
    const [lean, apollo] = await Promise.all([
      startRouterProcess(env, await freePort(), graph().subgraphUrls, false, 'router-lean-production'),
      startRouterProcess({ ...env, ROUTER_LEAN_PATH: 'false' }, await freePort(), graph().subgraphUrls, false, 'router-apollo-production'),
    ]);
    try {
      const cases: [string, unknown][] = [
        ['introspection', { query: '{ __schema { queryType { name } } }' }],
        ['type introspection beside a field', { query: '{ brands { name } __type(name: "Vehicle") { name } }' }],
        ['a misspelt field', { query: '{ brands { nam } }' }],
        ['typename', { query: '{ __typename }' }],
        ['a query', { query: '{ demands(first: 3) { edges { node { reference vehicle { vin } applicant { displayName } } } } }' }],
      ];
      const pair = async (body: unknown) => {
        const [a, b] = [await ask(lean.url, body, callers.manager!), await ask(apollo.url, body, callers.manager!)];
        for (const x of [a, b]) x.headers['x-ratelimit-reset'] = x.headers['x-ratelimit-reset'] === null ? null : 'set';
        return [a, b] as const;
      };
      for (const [label, body] of cases) {
        let [a, b] = await pair(body);
        // Asked again if other files moved a demand in between (see expectSame).
        for (let attempt = 1; attempt < 3 && JSON.stringify(a) !== JSON.stringify(b); attempt++) [a, b] = await pair(body);
        expect({ label, ...a }).toEqual({ label, ...b });
      }
      const introspection = await ask(lean.url, { query: '{ __schema { queryType { name } } }' }, callers.manager!);
      expect(introspection.status).toBe(400);
      expect(introspection.body).not.toContain('"queryType"');
      expect(JSON.parse((await ask(lean.url, { query: '{ brands { nam } }' }, callers.manager!)).body).errors[0].message).not.toMatch(/Did you mean/);
    } finally {
      await Promise.all([stopChild(lean.child), stopChild(apollo.child)]);
    }
  }, 90_000);
});
