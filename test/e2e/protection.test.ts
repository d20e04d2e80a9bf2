import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateApiKeyDocument, DemandStatusChangedDocument, MyWalletDocument, QuoteDocument, SimvebClient } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { graph, router } from '../support/graph';
import { as, signIn } from '../support/sessions';

const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('the router protects the graph', () => {
  it('refuses too deep, too many aliases, too many tokens and too costly operations before asking any subgraph', async () => {
    const agent = await as('agent');
    let deep = 'vin';
    for (let i = 0; i < 3; i++) deep = `holder { ... on Person { vehicles(first: 1) { edges { node { ${deep} } } } } }`;
    const tooDeep = await agent.request(`{ vehicles(first: 1) { edges { node { ${deep} } } } }`);
    expect(tooDeep.errors).toHaveLength(1);
    expect(code(tooDeep)).toBe('QUERY_TOO_COMPLEX');
    expect(tooDeep.errors![0]!.message).toMatch(/depth/i);

    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: tariffs { amount }`).join(' ');
    const tooManyAliases = await router().request(`{ ${aliases} }`);
    expect(code(tooManyAliases)).toBe('QUERY_TOO_COMPLEX');

    const tokens = `{ tariffs(serviceCode: "GLASS_ENGRAVING") { ${Array.from({ length: 3200 }, () => 'amount').join(' ')} } }`;
    const tooManyTokens = await router().request(tokens);
    expect(code(tooManyTokens)).toBe('QUERY_TOO_COMPLEX');

    const costly = await agent.request('{ vehicles(first: 100) { edges { node { vin holder { ... on Person { vehicles(first: 100) { edges { node { vin plate { number } } } } } } } } } }');
    expect(code(costly)).toBe('QUERY_TOO_COMPLEX');
    expect(costly.errors![0]!.extensions).toMatchObject({ cost: expect.any(Number), maxCost: 5000 });

    // A normal operation says what it cost and what is left this hour.
    const ok = await post(graph().routerUrl, { query: '{ vehicles(first: 10) { edges { node { vin } } } }' }, { authorization: `Bearer ${(await signIn('agent')).accessToken}` });
    expect(ok.status).toBe(200);
    expect(Number(ok.headers.get('x-query-cost'))).toBeGreaterThan(10);
    expect(Number(ok.headers.get('x-ratelimit-limit'))).toBeGreaterThan(0);
    expect(ok.headers.get('x-ratelimit-remaining')).not.toBeNull();
  });
});

describe('hourly budgets and the first-party safelist (a router configured for them)', () => {
  let strict: { child: Child; url: string };

  beforeAll(async () => {
    // In-memory budgets (no Redis): this router's own traffic only.
    strict = await startRouterProcess(
      { ...graph().env, REDIS_URL: '', RATE_LIMIT_POINTS_PER_HOUR: '400', RATE_LIMIT_ANONYMOUS_POINTS_PER_HOUR: '40', OPERATIONS_SAFELIST: 'first-party' },
      await freePort(),
      graph().subgraphUrls,
      false,
      'router-strict',
    );
  }, 60_000);

  afterAll(async () => {
    if (strict) await stopChild(strict.child);
  });

  it('users and anonymous callers send the SDK’s registered operations only; partners send their own queries', async () => {
    const citizen = new SimvebClient(strict.url, { authorization: `Bearer ${(await signIn('citizen2')).accessToken}` });
    const typed = await citizen.request(QuoteDocument, { serviceCode: 'GLASS_ENGRAVING' });
    expect(typed.errors).toBeUndefined();
    const adHoc = await citizen.request('{ quote(serviceCode: "GLASS_ENGRAVING") { total } }');
    expect([adHoc.status, code(adHoc)]).toEqual([403, 'FORBIDDEN']);
    const unknown = await post(strict.url, { documentId: 'sha256:0000000000000000000000000000000000000000000000000000000000000000' });
    expect([unknown.status, unknown.body.errors![0]!.extensions!.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);

    const key = await (await as('admin')).request(CreateApiKeyDocument, { input: { affiliateId: DEMO.affiliates.bank.id, name: 'safelist partner', scopes: ['vehicles:read'] } });
    const partner = new SimvebClient(strict.url, { authorization: `Bearer ${key.data!.createApiKey.secret}` });
    const own = await partner.request('{ vehiclesByPlates(numbers: ["AB 1001 RB"]) { vin } }');
    expect(own.errors).toBeUndefined();
  });

  it('the WebSocket is no way around the safelist: a user’s own subscription text is refused, a registered one (named by id, as the SDK and the apps do) runs', async () => {
    const bearer = { authorization: `Bearer ${(await signIn('citizen2')).accessToken}` };
    const citizen = new SimvebClient(strict.url, {}, bearer);
    const adHoc = citizen.subscribe('subscription { demandStatusChanged { status } }');
    const refused = (await Promise.race([adHoc.ended, new Promise((r) => setTimeout(() => r('still open'), 5_000))])) as { extensions?: { code?: string } }[];
    expect(refused[0]?.extensions?.code).toBe('FORBIDDEN');
    const registered = citizen.subscribe(DemandStatusChangedDocument, {});
    expect(await Promise.race([registered.ended, new Promise((r) => setTimeout(() => r('still open'), 1_500))])).toBe('still open');
    await registered.close();
    await citizen.close();

    // By id only, as the apps send it: the text is the manifest's. An unknown id is refused.
    const { createClient } = await import('graphql-ws');
    const { default: WebSocket } = await import('ws');
    const ws = createClient({ url: strict.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: bearer, retryAttempts: 0 });
    const byId = (hash: string) =>
      new Promise<unknown>((resolve) => {
        const stop = ws.subscribe({ query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { next: () => undefined, error: resolve, complete: () => resolve('complete') });
        setTimeout(() => (stop(), resolve('still open')), 1_500);
      });
    expect(await byId((DemandStatusChangedDocument as unknown as { __meta__: { hash: string } }).__meta__.hash)).toBe('still open');
    const unknown = (await byId('0'.repeat(64))) as { extensions?: { code?: string } }[];
    expect(unknown[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await ws.dispose();
  });

  it('an identity that spent its hour’s points gets RATE_LIMITED with Retry-After; another identity is unaffected', async () => {
    const anonymous = new SimvebClient(strict.url);
    let last = await anonymous.request(QuoteDocument, { serviceCode: 'GLASS_ENGRAVING' });
    for (let i = 0; i < 20 && !last.errors; i++) last = await anonymous.request(QuoteDocument, { serviceCode: 'GLASS_ENGRAVING' });
    expect([last.status, code(last)]).toEqual([429, 'RATE_LIMITED']);
    const raw = await post(strict.url, { documentId: `sha256:${(QuoteDocument as unknown as { __meta__: { hash: string } }).__meta__.hash}`, variables: { serviceCode: 'GLASS_ENGRAVING' } });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(raw.headers.get('x-ratelimit-remaining')).toBe('0');
    const bank = new SimvebClient(strict.url, { authorization: `Bearer ${(await signIn('bank')).accessToken}` });
    expect((await bank.request(MyWalletDocument, {})).errors).toBeUndefined();
  });
});
