import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteDocument } from '@simveb/clients/sdk';
import { startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { graph } from '../support/graph';

/** Attacks on the router's budgets and credentials, each against a router of its own (in-memory counters, small budgets). */
const quote = { documentId: `sha256:${(QuoteDocument as unknown as { __meta__: { hash: string } }).__meta__.hash}`, variables: { serviceCode: 'GLASS_ENGRAVING' } };
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, code: json.errors?.[0]?.extensions?.code, retryAfter: res.headers.get('retry-after') };
}
/** Spends an anonymous budget of 40 points (a quote costs about 7) until refused; returns how many were served. */
async function spend(url: string, headers: Record<string, string>): Promise<number> {
  for (let i = 0; i < 20; i++) if ((await post(url, quote, headers)).status === 429) return i;
  return 20;
}
const fakeKey = () => `sk_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}`;

describe('budgets behind a load balancer', () => {
  let direct: { child: Child; url: string };
  let behindProxy: { child: Child; url: string };

  beforeAll(async () => {
    const env = { ...graph().env, REDIS_URL: '', RATE_LIMIT_ANONYMOUS_POINTS_PER_HOUR: '40' };
    [direct, behindProxy] = await Promise.all([
      startRouterProcess(env, await freePort(), graph().subgraphUrls, false, 'router-direct'),
      startRouterProcess({ ...env, TRUST_PROXY: 'loopback' }, await freePort(), graph().subgraphUrls, false, 'router-behind-proxy'),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([direct && stopChild(direct.child), behindProxy && stopChild(behindProxy.child)]);
  });

  it('a spoofed X-Forwarded-For buys no fresh budget from a router that trusts no proxy', async () => {
    let served = 0;
    for (let i = 0; i < 20; i++) if ((await post(direct.url, quote, { 'x-forwarded-for': `198.51.100.${i}` })).status !== 429) served++;
    expect(served).toBeLessThan(8);
  });

  it('behind a trusted proxy each client has its own budget; IPv6 clients are counted per /64', async () => {
    const first = await spend(behindProxy.url, { 'x-forwarded-for': '203.0.113.1' });
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(20);
    // Another client behind the same balancer is not refused.
    expect((await post(behindProxy.url, quote, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
    await spend(behindProxy.url, { 'x-forwarded-for': '2001:db8:1:2::1' });
    expect((await post(behindProxy.url, quote, { 'x-forwarded-for': '2001:db8:1:2:ffff:ffff:ffff:ffff' })).status).toBe(429);
    expect((await post(behindProxy.url, quote, { 'x-forwarded-for': '2001:db8:1:3::1' })).status).toBe(200);
  });

  it('guessing API keys: malformed keys never reach identity, a refused key is refused from memory, an address that keeps guessing is cut off', async () => {
    const headers = (key: string) => ({ authorization: `Bearer ${key}`, 'x-forwarded-for': '192.0.2.7' });
    expect((await post(direct.url, { query: '{ __typename }' }, headers('sk_not-a-key'))).status).toBe(401);
    // One bad key thirty times counts once (answered from memory after the first refusal).
    const same = fakeKey();
    for (let i = 0; i < 30; i++) expect((await post(direct.url, { query: '{ __typename }' }, headers(same))).status).toBe(401);
    // Twenty different bad keys from one address, then the address is cut off for a minute.
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push(await post(direct.url, { query: '{ __typename }' }, headers(fakeKey())));
    expect(answers.slice(0, 19).every((a) => a.status === 401)).toBe(true);
    const last = answers.at(-1)!;
    expect([last.status, last.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(last.retryAfter)).toBeGreaterThan(0);
  });
});

describe('query cost counts what lists can really return', () => {
  const cost = async (query: string) => {
    const { signIn } = await import('../support/sessions');
    const res = await fetch(graph().routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(await signIn('manager')).accessToken}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { cost: Number(res.headers.get('x-query-cost')), code: body.errors?.[0]?.extensions?.code };
  };

  it('a connection without `first` costs its default page, not one item', async () => {
    const paged = await cost('{ demands(first: 20) { edges { node { id reference } } } }');
    const unpaged = await cost('{ demands { edges { node { id reference } } } }');
    expect(unpaged.cost).toBe(paged.cost);
    expect(unpaged.cost).toBeGreaterThan(40);
  });

  it('unpaged lists cost their bound: twenty demands’ histories cost twenty times fifty entries', async () => {
    const histories = await cost('{ demands { edges { node { history { action reason } } } } }');
    expect(histories.cost).toBeGreaterThanOrEqual(20 * 50 * 2);
  });

  it('nested unpaged lists that would fan out are refused before any subgraph is asked', async () => {
    const fanOut = await cost(
      '{ vehicles(first: 20) { edges { node { holdingHistory { holder { ... on Person { vehicles { edges { node { holdingHistory { startedAt } encumbrances(activeOnly: false) { kind } } } } } } } } } } }',
    );
    expect(fanOut.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('partner API-key scopes on every affiliate power', () => {
  it('a read-only key of a printer, a dealer or a bank cannot mark plates printed, register vehicles or ask holders for consent', async () => {
    const { as } = await import('../support/sessions');
    const { DEMO } = await import('@simveb/platform/demo');
    const { CreateApiKeyDocument } = await import('@simveb/clients/sdk');
    const admin = await as('admin');
    const keyOf = async (affiliateId: string) =>
      (await admin.request(CreateApiKeyDocument, { input: { affiliateId, name: 'read only', scopes: ['vehicles:read', 'demands:read'] } })).data!.createApiKey.secret;
    const asKey = (secret: string, query: string) => post(graph().routerUrl, { query }, { authorization: `Bearer ${secret}` });
    const printer = await keyOf(DEMO.affiliates.printer.id);
    const marked = await asKey(printer, `mutation { transitionDemand(input: { demandId: "${DEMO.demandId(5)}", action: MARK_PRINTED, expectedVersion: 1, holderCode: "123456" }) { id } }`);
    expect(marked.code).toBe('FORBIDDEN');
    const bank = await keyOf(DEMO.affiliates.bank.id);
    const consent = await asKey(
      bank,
      `mutation { requestHolderConsent(input: { holderNpi: "${DEMO.persons.citizen.npi}", serviceCode: "PLEDGE", vehicleId: "${DEMO.vehicleId(1)}" }) { challengeId } }`,
    );
    expect(consent.code).toBe('FORBIDDEN');
    const lift = await asKey(bank, `mutation { submitDemand(input: { serviceCode: "PLEDGE_LIFT", vehicleId: "${DEMO.vehicleId(4)}", applicantId: "${DEMO.companies.transport.id}" }) { id } }`);
    expect(lift.code).toBe('FORBIDDEN');
    const registered = await asKey(bank, 'mutation { registerLocalVehicle(input: { vin: "VF1AAAAA000000001", modelId: "0190a000-0000-7000-8000-000000000001", year: 2020 }) { id } }');
    expect(['FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED']).toContain(registered.code);
  });
});

describe('smaller leaks', () => {
  it('Vehicle.customsClearance.reference follows the rule of Vehicle.customsReference: null for a citizen, shown to staff', async () => {
    const { as } = await import('../support/sessions');
    const { db } = await import('../support/graph');
    const row = await db('vehicle', async (c) => (await c.query('select vehicle_id from customs_clearance limit 1')).rows[0] as { vehicle_id: string } | undefined);
    if (!row) return;
    const q = `{ vehicle(id: "${row.vehicle_id}") { customsReference customsClearance { reference dutiesPaid } } }`;
    type V = { vehicle: { customsReference: string | null; customsClearance: { reference: string | null; dutiesPaid: boolean } | null } | null };
    const citizen = (await (await as('citizen')).request<V, Record<string, never>>(q)).data?.vehicle;
    const agent = (await (await as('agent')).request<V, Record<string, never>>(q)).data?.vehicle;
    expect(agent!.customsClearance!.reference).toBe(agent!.customsReference);
    expect(agent!.customsClearance!.reference).toEqual(expect.any(String));
    if (citizen?.customsClearance) expect(citizen.customsClearance.reference).toBeNull();
    if (citizen) expect(citizen.customsReference).toBeNull();
  });
});

describe('what this session added, tried as an outsider', () => {
  it('identity’s affiliate-status endpoint needs the internal token and is not reachable through the router', async () => {
    const { DEMO } = await import('@simveb/platform/demo');
    const identity = new URL(graph().subgraphUrls.identity).origin;
    const path = `/internal/affiliates/${DEMO.affiliates.bank.id}/status`;
    expect((await fetch(`${identity}${path}`)).status).toBe(401);
    expect((await fetch(`${identity}${path}`, { headers: { 'x-internal-token': 'guess-guess-guess-guess' } })).status).toBe(401);
    const ok = await fetch(`${identity}${path}`, { headers: { 'x-internal-token': graph().env.INTERNAL_TOKEN! } });
    expect(await ok.json()).toEqual({ status: 'APPROVED' });
    const unknown = await fetch(`${identity}/internal/affiliates/not-an-id/status`, { headers: { 'x-internal-token': graph().env.INTERNAL_TOKEN! } });
    expect(await unknown.json()).toEqual({ status: 'UNKNOWN' });
    expect((await fetch(new URL(path, graph().routerUrl))).status).toBe(404);
  });

  it('someone else’s account: identity resolves none, registration tells no centres, even asked directly as an entity', async () => {
    const { signIn } = await import('../support/sessions');
    const agent = await signIn('agent');
    const citizen = await signIn('citizen');
    const agentAccount = ((await agent.client.request('{ me { id } }')).data as { me: { id: string } }).me.id;
    const entities = (url: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.accessToken}` },
        body: JSON.stringify({ query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id } } }', variables: { r: [{ __typename: 'Account', id: agentAccount }] } }),
      }).then((r) => r.json() as Promise<{ data: { _entities: unknown[] } }>);
    expect((await entities(graph().subgraphUrls.identity)).data._entities).toEqual([null]);
    const centers = await fetch(graph().subgraphUrls.registration, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.accessToken}` },
      body: JSON.stringify({ query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { centers { id } } } }', variables: { r: [{ __typename: 'Account', id: agentAccount }] } }),
    }).then((r) => r.json() as Promise<{ data: { _entities: { centers: unknown[] }[] } }>);
    expect(centers.data._entities[0]!.centers).toEqual([]);
  });

  it('malformed persisted-query extensions are client errors, never 5xx', async () => {
    for (const extensions of [
      { persistedQuery: { version: 1, sha256Hash: 123 } },
      { persistedQuery: 'x' },
      { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } },
    ]) {
      const r = await post(graph().routerUrl, { extensions });
      expect(r.status, JSON.stringify(extensions)).toBeLessThan(500);
      // Said as the client's mistake, never as an internal error.
      expect(r.code, JSON.stringify(extensions)).not.toBe('INTERNAL');
    }
    const huge = await fetch(graph().routerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ ${'a'.repeat(2_000_000)} }` }) });
    expect(huge.status).toBe(413);
  });
});
