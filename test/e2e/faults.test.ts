import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouterProcess, startSubgraph } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { db, graph, routerSubscriptions, until } from '../support/graph';
import { signIn } from '../support/sessions';
import { scrape, value } from '../support/metrics';
import { SimvebClient, TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { assignedDemand, registeredVehicleOf } from '../support/demands';

/**
 * Parts failing under steady load, through a router of this file's own (so
 * the rest of the suite is not disturbed): its identity is a replica this file
 * kills, whose database connections it cuts, and its Redis one it stops.
 * Load: bounded (4 callers), loopback only.
 */
const WITH_IDENTITY = '{ vehicles(first: 10) { edges { node { vin holder { displayName } } } } }';
const WITHOUT_IDENTITY = '{ vehicles(first: 10) { edges { node { vin brand { name } } } } }';

type Outcome = { at: number; kind: 'with' | 'without'; status: number; ms: number; data: boolean; holders: boolean; codes: string[] };

describe.skipIf(!graph().realPostgres)('faults survived', () => {
  let identity: { child: Child; url: string };
  let identityPort: number;
  let router: { child: Child; url: string };
  let redis: ChildProcess;
  let redisPort: number;
  let token: string;

  const startRedis = () =>
    new Promise<ChildProcess>((resolve, reject) => {
      const p = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      p.once('error', reject);
      setTimeout(() => resolve(p), 300);
    });

  beforeAll(async () => {
    token = (await signIn('manager')).accessToken;
    redisPort = await freePort();
    redis = await startRedis();
    identityPort = await freePort();
    identity = await startSubgraph('identity', graph().env, identityPort, false, 'identity-faults');
    router = await startRouterProcess(
      { ...graph().env, REDIS_URL: `redis://127.0.0.1:${redisPort}`, REQUEST_TIMEOUT_MS: '5000', RATE_LIMIT_POINTS_PER_HOUR: '1000000' },
      await freePort(),
      { ...graph().subgraphUrls, identity: identity.url },
      false,
      'router-faults',
    );
  }, 120_000);

  afterAll(async () => {
    if (router) await stopChild(router.child);
    if (identity) await stopChild(identity.child);
    redis?.kill('SIGKILL');
  });

  /** Four callers alternating both queries until `stop()`; every answer recorded. */
  function load() {
    const outcomes: Outcome[] = [];
    let running = true;
    const caller = async (i: number) => {
      for (let n = 0; running; n++) {
        const kind = (i + n) % 2 ? 'with' : 'without';
        const started = Date.now();
        try {
          const res = await fetch(router.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: kind === 'with' ? WITH_IDENTITY : WITHOUT_IDENTITY }),
            signal: AbortSignal.timeout(20_000),
          });
          const body = (await res.json()) as { data?: { vehicles?: { edges: { node: { holder?: { displayName: string } | null } }[] } }; errors?: { extensions?: { code?: string } }[] };
          const edges = body.data?.vehicles?.edges ?? [];
          outcomes.push({
            at: started,
            kind,
            status: res.status,
            ms: Date.now() - started,
            data: edges.length > 0,
            holders: edges.length > 0 && edges.every((e) => !!e.node.holder?.displayName),
            codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
          });
        } catch (err) {
          outcomes.push({ at: started, kind, status: 0, ms: Date.now() - started, data: false, holders: false, codes: [String(err)] });
        }
      }
    };
    const callers = Promise.all([0, 1, 2, 3].map(caller));
    return {
      outcomes,
      stop: async () => {
        running = false;
        await callers;
      },
    };
  }

  it('a killed subgraph: its fields fail alone, other queries are untouched, and it is served again within 5 s of its return', async () => {
    const run = load();
    await new Promise((r) => setTimeout(r, 1_000));
    const killedAt = Date.now();
    identity.child.proc.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 3_000));
    const restartingAt = Date.now();
    identity = await startSubgraph('identity', graph().env, identityPort, false, 'identity-faults-restarted');
    const backAt = Date.now();
    await until(async () => run.outcomes.some((o) => o.at > backAt && o.kind === 'with' && o.holders), 5_000, 'identity served again by the same router');
    const servedAgainAfter = run.outcomes.find((o) => o.at > backAt && o.kind === 'with' && o.holders)!.at - backAt;
    await run.stop();

    // Asked after the kill and answered before the new process was even started: identity was surely down.
    const down = run.outcomes.filter((o) => o.at > killedAt + 200 && o.at + o.ms < restartingAt);
    const downWith = down.filter((o) => o.kind === 'with');
    const downWithout = down.filter((o) => o.kind === 'without');
    expect(downWith.length).toBeGreaterThan(5);
    expect(downWithout.length).toBeGreaterThan(5);
    // Partial data: the vehicles, their holders null, an error saying which part is unavailable.
    for (const o of downWith) {
      expect(o.status, JSON.stringify(o)).toBe(200);
      expect(o.data, JSON.stringify(o)).toBe(true);
      expect(o.codes, JSON.stringify(o)).toContain('UPSTREAM_UNAVAILABLE');
    }
    // Queries that do not touch identity never noticed.
    expect(downWithout.filter((o) => o.status !== 200 || !o.data || o.codes.length)).toEqual([]);
    expect(servedAgainAfter).toBeLessThan(5_000);
  }, 90_000);

  it('database connections cut: the subgraph reconnects, no request hangs past its timeout', async () => {
    const run = load();
    await new Promise((r) => setTimeout(r, 1_000));
    const cutAt = Date.now();
    const pid = identity.child.proc.pid!;
    const cut = await db(
      'identity',
      async (c) => (await c.query('select count(pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = $1', [`simveb-identity-${pid}`])).rows[0].n,
    );
    await new Promise((r) => setTimeout(r, 3_000));
    await run.stop();
    expect(Number(cut)).toBeGreaterThan(0);
    const after = run.outcomes.filter((o) => o.at >= cutAt);
    expect(after.length).toBeGreaterThan(10);
    // Nothing waits on a dead connection: every answer within the router's 5 s timeout.
    expect(Math.max(...after.map((o) => o.ms))).toBeLessThan(5_500);
    // An answer the cut spoiled says so with a code clients retry on, never as an internal error.
    expect(after.flatMap((o) => o.codes).filter((c) => c !== 'UPSTREAM_UNAVAILABLE')).toEqual([]);
    // Reconnected: the last second's answers are whole again.
    const tail = after.filter((o) => o.at > Date.now() - 1_500 && o.kind === 'with');
    expect(tail.length).toBeGreaterThan(0);
    expect(tail.every((o) => o.holders && !o.codes.length)).toBe(true);
  }, 60_000);

  it('registration’s database connections cut while demands move: every committed move reaches its subscriber, once', async () => {
    // A registration replica and a router of this test's own: the suite's registration is not disturbed.
    const registration = await startSubgraph('registration', graph().env, await freePort(), false, 'registration-faults');
    const moving = await startRouterProcess({ ...graph().env, REQUEST_TIMEOUT_MS: '5000' }, await freePort(), { ...graph().subgraphUrls, registration: registration.url }, false, 'router-faults-db');
    const bearer = { authorization: `Bearer ${token}` };
    const client = new SimvebClient(moving.url, bearer, bearer);
    try {
      const demands = await Promise.all([0, 1].map(async () => assignedDemand('GLASS_ENGRAVING', (await registeredVehicleOf(DEMO.persons.citizen.id)).vehicleId)));
      type Change = { demandStatusChanged: { version: number; demand: { id: string } } };
      const subs = demands.map((d) => client.subscribe<Change>('subscription Moving($d: ID) { demandStatusChanged(demandId: $d) { status version demand { id } } }', { d: d.id }));
      await until(async () => (await routerSubscriptions(moving.url)).downstream >= 2, 10_000, 'both subscriptions live');

      const committed: string[] = [];
      const refused: string[] = [];
      let running = true;
      const mover = async (demand: { id: string }) => {
        let version = (await client.request<{ demand: { version: number } }, { id: string }>('query($id: ID!) { demand(id: $id) { version } }', { id: demand.id })).data!.demand.version;
        let action: 'SUSPEND' | 'RESUME' = 'SUSPEND';
        while (running) {
          // Bounded load: the suite's other files share this PostgreSQL (a mover every 20 ms, two movers).
          await new Promise((r) => setTimeout(r, 20));
          const res = await client
            .request(TransitionDemandDocument, { input: { demandId: demand.id, action, expectedVersion: version, reason: 'Pièce à vérifier' } })
            .catch((err: unknown) => ({ errors: [{ message: String(err) }], data: null }));
          const moved = res.data?.transitionDemand;
          if (moved) {
            version = moved.version;
            committed.push(`${demand.id}@${moved.version}`);
            action = action === 'SUSPEND' ? 'RESUME' : 'SUSPEND';
          } else {
            refused.push((res.errors ?? []).map((e) => String((e as { extensions?: { code?: unknown } }).extensions?.code ?? e.message)).join(','));
            // Not moved (the connection died under it): read where the demand stands and go on from there.
            const now = await client
              .request<{ demand: { version: number; status: string } }, { id: string }>('query($id: ID!) { demand(id: $id) { version status } }', { id: demand.id })
              .catch(() => null);
            if (now?.data?.demand) {
              version = now.data.demand.version;
              action = now.data.demand.status === 'SUSPENDED' ? 'RESUME' : 'SUSPEND';
            }
          }
        }
      };
      const moves = Promise.all(demands.map(mover));
      await new Promise((r) => setTimeout(r, 1_500));
      const cut = await db(
        'registration',
        async (c) =>
          (await c.query('select count(pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = $1', [`simveb-registration-${registration.child.proc.pid}`])).rows[0].n,
      );
      await new Promise((r) => setTimeout(r, 3_000));
      running = false;
      await moves;
      expect(Number(cut)).toBeGreaterThan(0);
      expect(committed.length, refused.join('\n')).toBeGreaterThan(4);
      // A move the cut interrupted is said as such (a code clients retry on), never as an internal error.
      for (const r of refused) expect(r).toContain('UPSTREAM_UNAVAILABLE');

      // Every move that answered is delivered once to its demand's subscriber (the outbox commits with the move).
      let delivered: string[] = [];
      await until(
        async () => {
          // Nothing reads the subscriptions meanwhile: what each has received is all in its queue.
          delivered = subs.flatMap((sub) => sub.pending().flatMap((e) => (e.data ? [`${e.data.demandStatusChanged.demand.id}@${e.data.demandStatusChanged.version}`] : [])));
          return committed.every((c) => delivered.includes(c));
        },
        // The relay of a replica whose connections were just cut retries on its next tick, behind the suite's other files.
        30_000,
        'every committed move delivered',
      ).catch((err: Error) => {
        const failures = subs.flatMap((sub) => sub.pending().flatMap((e) => (e.errors ? [JSON.stringify(e.errors)] : [])));
        throw new Error(
          `${err.message}; never delivered: ${committed.filter((c) => !delivered.includes(c)).join(', ')} (of ${committed.length} committed); events with errors: ${failures.join(' ') || 'none'}`,
        );
      });
      expect(new Set(delivered).size).toBe(delivered.length);
      await Promise.all(subs.map((s) => s.close()));
    } finally {
      await client.close();
      await stopChild(moving.child);
      await stopChild(registration.child);
    }
  }, 90_000);

  it('Redis stopped for 10 s: requests keep being answered (budgets count per replica meanwhile), then counted in Redis again', async () => {
    const run = load();
    await new Promise((r) => setTimeout(r, 1_000));
    redis.kill('SIGKILL');
    const stoppedAt = Date.now();
    await new Promise((r) => setTimeout(r, 10_000));
    redis = await startRedis();
    const backAt = Date.now();
    await new Promise((r) => setTimeout(r, 3_000));
    await run.stop();

    const during = run.outcomes.filter((o) => o.at > stoppedAt && o.at < backAt);
    expect(during.length).toBeGreaterThan(20);
    expect(during.filter((o) => o.status !== 200 || !o.data || o.codes.length)).toEqual([]);
    expect(Math.max(...during.map((o) => o.ms))).toBeLessThan(2_000);
    const metrics = await scrape(router.url);
    expect(value(metrics, 'simveb_rate_counter_fallback_total', { prefix: 'simveb:budget:' })).toBeGreaterThan(0);
    // Back in Redis: this router's budget key is counted there again.
    const { Redis } = await import('ioredis');
    const r = new Redis(`redis://127.0.0.1:${redisPort}`);
    await until(async () => (await r.keys('simveb:budget:*')).length > 0, 5_000, 'budgets counted in Redis again');
    r.disconnect();
  }, 60_000);
});
