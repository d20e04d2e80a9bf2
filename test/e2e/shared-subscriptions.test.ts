import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { SimvebClient, TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { activeSubscriptions, graph, routerSubscriptions, until } from '../support/graph';
import { as, signIn, type DemoUser } from '../support/sessions';
import { assignedDemand } from '../support/demands';

/**
 * Subscribers of the same operation, variables and authorization context
 * share one upstream operation and one execution per event. These tests
 * prove the sharing is real (router and registration counts) and that it
 * never lets a subscriber see what its own context does not allow.
 */

const WATCH = `subscription Watch { demandStatusChanged { status version demand { id reference applicant { displayName } vehicle { vin } } } }`;

interface Received {
  status: string;
  version: number;
  demand: { id: string; reference: string; applicant: { displayName: string } | null; vehicle: { vin: string } | null } | null;
}

/** A subscriber that records every event it receives. */
function watcher(client: SimvebClient, query = WATCH, variables: Record<string, unknown> = {}) {
  const events: Received[] = [];
  const errors: unknown[] = [];
  const sub = client.subscribe<{ demandStatusChanged: Received }>(query, variables);
  let closed = false;
  void (async () => {
    while (!closed) {
      const r = await sub.next(500).catch(() => null);
      if (!r) continue;
      if (r.errors) errors.push(...r.errors);
      if (r.data?.demandStatusChanged) events.push(r.data.demandStatusChanged);
    }
  })();
  return {
    events,
    errors,
    of: (demandId: string) => events.filter((e) => e.demand?.id === demandId),
    close: async () => {
      closed = true;
      await sub.close();
    },
  };
}

async function clientOf(who: DemoUser | 'partner'): Promise<SimvebClient> {
  const bearer = who === 'partner' ? `Bearer ${DEMO.partnerKey.key}` : `Bearer ${(await signIn(who)).accessToken}`;
  return new SimvebClient(graph().routerUrl, { authorization: bearer }, { authorization: bearer });
}

const settle = (ms = 1_500) => new Promise((r) => setTimeout(r, ms));

describe('shared subscriptions', () => {
  it('subscribers of one context share one upstream operation and one execution per event', async () => {
    const demand = await assignedDemand('PLATE_DUPLICATE', DEMO.vehicleId(1), 'citizen');
    const before = await routerSubscriptions();
    const baseline = await activeSubscriptions(graph().subgraphUrls.registration);
    const clients = await Promise.all([clientOf('citizen'), clientOf('citizen'), clientOf('citizen')]);
    const watchers = clients.map((c) =>
      watcher(c, `subscription Mine($d: ID) { demandStatusChanged(demandId: $d) { status version demand { id reference applicant { displayName } vehicle { vin } } } }`, { d: demand.id }),
    );
    await until(async () => (await routerSubscriptions()).downstream >= before.downstream + 3, 5_000, 'three subscribers');
    // Other test files subscribe on the same router meanwhile: the counts may grow by theirs too; the group says it is one operation.
    await until(async () => (await activeSubscriptions(graph().subgraphUrls.registration)) >= baseline + 1, 5_000, 'one operation on registration');
    const now = await routerSubscriptions();
    expect(now.upstream.registration ?? 0).toBeGreaterThanOrEqual((before.upstream.registration ?? 0) + 1);
    const group = now.shared.find((g) => g.operation === 'Mine' && g.members === 3);
    expect(group).toBeDefined();

    const res = await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version } });
    expect(res.errors).toBeUndefined();
    await until(async () => watchers.every((w) => w.of(demand.id).some((e) => e.status === 'VERIFIED')), 3_000, 'the event on all three');
    for (const w of watchers) {
      expect(w.of(demand.id).filter((e) => e.status === 'VERIFIED')).toEqual([
        {
          status: 'VERIFIED',
          version: demand.version + 1,
          demand: { id: demand.id, reference: demand.reference, applicant: { displayName: 'Adjoa HOUNKPATIN' }, vehicle: { vin: expect.any(String) } },
        },
      ]);
    }
    // One execution for the three: the group counted one event, not three.
    const after = (await routerSubscriptions()).shared.find((g) => g.key === group!.key)!;
    expect(after.events).toBe(1);

    // Leaving stops the work: the last one out closes the upstream operation.
    await watchers[0]!.close();
    await until(async () => (await routerSubscriptions()).shared.find((g) => g.key === group!.key)?.members === 2, 3_000, 'one member left');
    expect((await routerSubscriptions()).upstream.registration).toBe(now.upstream.registration);
    await Promise.all(watchers.slice(1).map((w) => w.close()));
    await Promise.all(clients.map((c) => c.close()));
    await until(async () => !(await routerSubscriptions()).shared.some((g) => g.key === group!.key), 3_000, 'the group to close');
    await until(async () => (await activeSubscriptions(graph().subgraphUrls.registration)) === baseline, 3_000, 'registration to drop the operation');
    expect((await routerSubscriptions()).upstream.registration ?? 0).toBe(before.upstream.registration ?? 0);
  });

  it('two agents of different centres, two citizens and a partner key: each receives only what it may, fields included', async () => {
    const demand = await assignedDemand('PLATE_DUPLICATE', DEMO.vehicleId(2), 'citizen');
    const who = ['citizen', 'citizen', 'citizen2', 'citizen2', 'agent', 'agent', 'agent2', 'agent2', 'manager', 'partner'] as const;
    const clients = await Promise.all(who.map((w) => clientOf(w)));
    const watchers = clients.map((c) => watcher(c));
    await until(async () => (await routerSubscriptions()).shared.filter((g) => g.operation === 'Watch').reduce((n, g) => n + g.members, 0) >= who.length, 5_000, 'all subscribers');
    const stats = await routerSubscriptions();
    const groups = stats.shared.filter((g) => g.operation === 'Watch');
    // Six contexts (citizen, citizen2, agent of Littoral+Atlantique, agent of Borgou, manager, the insurer's key): six groups, the pairs shared.
    expect(groups).toHaveLength(6);
    expect(groups.filter((g) => g.members === 2)).toHaveLength(4);
    expect(stats.upstream.registration).toBeGreaterThanOrEqual(6);

    const res = await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version } });
    expect(res.errors).toBeUndefined();
    await until(async () => [0, 1, 4, 5, 8].every((i) => watchers[i]!.of(demand.id).some((e) => e.status === 'VERIFIED')), 10_000, 'the allowed subscribers');
    await settle();
    const verified = (i: number) => watchers[i]!.of(demand.id).filter((e) => e.status === 'VERIFIED');
    // The applicant (both sockets), the agent of the demand's centre (both), the national manager: once each, all fields.
    for (const i of [0, 1, 4, 5, 8]) {
      expect(verified(i)).toEqual([expect.objectContaining({ demand: expect.objectContaining({ reference: demand.reference, applicant: { displayName: 'Adjoa HOUNKPATIN' } }) })]);
    }
    // Another citizen, the agent of another centre, a partner without demands:read: nothing of this demand.
    for (const i of [2, 3, 6, 7, 9]) expect(watchers[i]!.of(demand.id)).toEqual([]);
    for (const w of watchers) expect(w.errors).toEqual([]);
    await Promise.all(watchers.map((w) => w.close()));
    await Promise.all(clients.map((c) => c.close()));
  });

  it('an agent cannot watch the queue of a centre it does not work, even while another agent shares that queue', async () => {
    // The Littoral centre (Cotonou), whose queue the demo agent works.
    const littoral = '0190a003-0000-7000-8000-000000000008';
    const agent = await clientOf('agent');
    const agent2 = await clientOf('agent2');
    const q = `subscription Queue($c: ID!) { demandQueueChanged(centerId: $c) { status demand { reference } } }`;
    const allowed = agent.subscribe(q, { c: littoral });
    await until(async () => (await routerSubscriptions()).shared.some((g) => g.operation === 'Queue'), 5_000, 'the agent on its queue');
    const refused = await agent2.subscribe(q, { c: littoral }).next(5_000);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await allowed.close();
    await agent.close();
    await agent2.close();
  });
});

describe('a slow subscriber', () => {
  let router: { child: Child; url: string };

  beforeAll(async () => {
    // A small send buffer so the test fills it quickly; everything else as the suite's router.
    router = await startRouterProcess({ ...graph().env, WS_MAX_BUFFERED_BYTES: '16384' }, await freePort(), graph().subgraphUrls, false, 'router-small-buffer');
  }, 60_000);

  afterAll(async () => {
    if (router) await stopChild(router.child);
  });

  it('is closed with 4413 when its buffer overflows, while the others keep receiving every event', { timeout: 90_000 }, async () => {
    const demand = await assignedDemand('PLATE_DUPLICATE', DEMO.vehicleId(1), 'citizen');
    const token = (await signIn('manager')).accessToken;
    // A heavy selection: the demand's history under 18 aliases, so each event is a few hundred KB.
    const aliases = Array.from({ length: 18 }, (_, i) => `h${i}: demand { history { action fromStatus toStatus reason at } }`).join(' ');
    const query = `subscription Heavy($d: ID) { demandStatusChanged(demandId: $d) { status version ${aliases} } }`;

    // The slow reader: a raw graphql-ws socket that stops reading after the subscription is acknowledged.
    const slow = new WebSocket(router.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const closed = new Promise<{ code: number; reason: string }>((resolve) => slow.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    await new Promise((r) => slow.once('open', r));
    slow.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await new Promise((r) => slow.once('message', r));
    slow.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { d: demand.id }, operationName: 'Heavy' } }));

    const fast = new SimvebClient(router.url, { authorization: `Bearer ${token}` }, { authorization: `Bearer ${token}` });
    const received: number[] = [];
    const sub = fast.subscribe<{ demandStatusChanged: { version: number } }>(query, { d: demand.id });
    await until(async () => (await routerSubscriptions(router.url)).shared.some((g) => g.operation === 'Heavy' && g.members === 2), 5_000, 'both subscribers');
    slow.pause();

    const manager = await as('manager');
    let version = demand.version;
    // Long reasons make a large history: the kernel's loopback buffers take some MB before the router's own buffer grows.
    const reason = 'Pièce illisible, merci de renvoyer un scan complet. '.repeat(38);
    const dropped = async () => (await routerSubscriptions(router.url)).shared.find((g) => g.operation === 'Heavy')?.members === 1;
    let gone = false;
    for (let i = 0; i < 200 && !gone; i++) {
      const action = i % 2 === 0 ? 'SUSPEND' : 'RESUME';
      const res = await manager.request(TransitionDemandDocument, { input: { demandId: demand.id, action, expectedVersion: version, reason } });
      expect(res.errors).toBeUndefined();
      version = res.data!.transitionDemand.version;
      const r = await sub.next(5_000);
      expect(r.errors).toBeUndefined();
      received.push(r.data!.demandStatusChanged.version);
      gone = await dropped();
    }
    // The router dropped the slow subscriber (no more work or memory for it) before 200 events...
    expect(gone).toBe(true);
    expect(received.length).toBeLessThan(200);
    // ...and once it reads again, it finds the documented close code behind what was already sent.
    slow.resume();
    expect(await closed).toEqual({ code: 4413, reason: 'Too many undelivered events: the client reads too slowly.' });
    // The other subscriber of the same group received every event, in order.
    expect(received).toEqual(Array.from({ length: received.length }, (_, i) => demand.version + 1 + i));
    const r = await manager.request(TransitionDemandDocument, { input: { demandId: demand.id, action: received.length % 2 === 0 ? 'SUSPEND' : 'RESUME', expectedVersion: version, reason } });
    expect(r.errors).toBeUndefined();
    expect((await sub.next(5_000)).data!.demandStatusChanged.version).toBe(version + 1);
    await sub.close();
    await fast.close();
  });
});

describe('a group that cannot keep up', () => {
  let router: { child: Child; url: string };
  let blackHole: Server;

  beforeAll(async () => {
    // A vehicle subgraph that accepts connections and never answers: every event's entity fetch hangs.
    blackHole = createServer(() => undefined);
    await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
    const vehicle = `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}/graphql`;
    router = await startRouterProcess({ ...graph().env, WS_MAX_PENDING_EVENTS: '2', REQUEST_TIMEOUT_MS: '60000' }, await freePort(), { ...graph().subgraphUrls, vehicle }, false, 'router-black-hole');
  }, 60_000);

  afterAll(async () => {
    if (router) await stopChild(router.child);
    blackHole?.closeAllConnections();
    blackHole?.close();
  });

  it('is ended with UPSTREAM_UNAVAILABLE once more than WS_MAX_PENDING_EVENTS wait, instead of queueing without bound', async () => {
    const demand = await assignedDemand('PLATE_DUPLICATE', DEMO.vehicleId(2), 'citizen');
    const token = (await signIn('citizen')).accessToken;
    const client = new SimvebClient(router.url, { authorization: `Bearer ${token}` }, { authorization: `Bearer ${token}` });
    const sub = client.subscribe<{ demandStatusChanged: { status: string } }>(`subscription Stuck($d: ID) { demandStatusChanged(demandId: $d) { status demand { vehicle { vin } } } }`, {
      d: demand.id,
    });
    await until(async () => (await routerSubscriptions(router.url)).shared.some((g) => g.operation === 'Stuck'), 5_000, 'the subscription');
    const manager = await as('manager');
    let version = demand.version;
    for (const action of ['SUSPEND', 'RESUME', 'SUSPEND'] as const) {
      const res = await manager.request(TransitionDemandDocument, { input: { demandId: demand.id, action, expectedVersion: version, reason: 'Pièce à compléter' } });
      expect(res.errors).toBeUndefined();
      version = res.data!.transitionDemand.version;
    }
    const last = await sub.next(5_000);
    expect(last.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(last.errors?.[0]?.message).toMatch(/cannot keep up/);
    // The group and its upstream operation are gone.
    await until(async () => !(await routerSubscriptions(router.url)).shared.some((g) => g.operation === 'Stuck'), 3_000, 'the group to end');
    expect((await routerSubscriptions(router.url)).upstream.registration ?? 0).toBe(0);
    await client.close();
  });
});
