/**
 * `npm run bench -- subscriptions`: live demand status for 10,000
 * subscribers on one router, all selecting fields of three subgraphs.
 *
 *   - 2,000 citizens (seeded), each on two devices; each device watches
 *     "my demands" and one demand's page: 8,000 citizen subscriptions.
 *   - 96 agents (8 per centre, 12 centres) and 4 national managers, 20
 *     dashboards each: agents half on their centre's demandQueueChanged, half
 *     on demandStatusChanged (their centres by the roster); managers on
 *     demandStatusChanged (all): 2,000 staff subscriptions.
 *   - 100 transitions/s (SUSPEND/RESUME) for BENCH_SUB_SECONDS (60) over the
 *     8,000 demands of every centre, through the router, as the demand manager.
 *
 * Every expected delivery is computed from the visibility rules (applicant,
 * centre, national) and checked; latency is measured from the mutation's
 * answer to the subscriber's receipt. RSS of each process before and after
 * the subscribers, subgraph requests per event, and what is left after they
 * all leave (upstream operations, router RSS after a GC).
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { RunningGraph } from '@simveb/dev/launcher/graph';
import { IDLE_CONNECTION_MS } from '@simveb/router/data-source';
import { debugOf, percentile, postJson } from './load';
import { cpuMsOf, rssOf } from './proc';
import { AGENTS_PER_CENTRE, MANAGERS, N_CITIZENS, seed, tokenMinter } from './subscriptions-seed';

const DASHBOARDS = 20;
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SUB_SECONDS ?? 60);

const SELECTION = '{ status version at demand { id reference vehicle { vin } applicant { displayName } } }';
const Q = {
  mine: `subscription Mine { demandStatusChanged ${SELECTION} }`,
  page: `subscription Page($d: ID) { demandStatusChanged(demandId: $d) ${SELECTION} }`,
  queue: `subscription Queue($c: ID!) { demandQueueChanged(centerId: $c) ${SELECTION} }`,
};

interface Subscriber {
  kind: 'citizen' | 'agent' | 'manager';
  query: keyof typeof Q;
  variables: Record<string, unknown>;
  token: string;
}

export interface SubscriptionBenchResult {
  subscribers: number;
  sockets: number;
  distinctCitizens: number;
  distinctStaff: number;
  connectSeconds: number;
  transitions: number;
  transitionErrors: number;
  expected: number;
  delivered: number;
  unexpected: number;
  lateOrMissing: number;
  p50: number;
  p99: number;
  rss: Record<string, { before: number; after: number; perSubscriber: number }>;
  router: { groups: number | null; upstream: Record<string, number> | null; upstreamAfterLeave: Record<string, number> | null };
  subgraphRequestsPerEvent: Record<string, number> | null;
  routerRssAfterLeave: { start: number; afterGc: number; heapStart: number | null; heapAfterGc: number | null } | null;
  /** CPU ms used per second of the run, per process (1000 = one core). */
  cpu: Record<string, number>;
}

export async function benchSubscriptions(graph: RunningGraph, managerToken: string): Promise<SubscriptionBenchResult> {
  const pids = Object.fromEntries(graph.children.map((c) => [c.name, c.proc.pid!]));
  /** A GC in every process; the router's heap in use right after it (null when it has no such endpoint). */
  const gc = async (): Promise<number | null> => {
    let routerHeap: number | null = null;
    for (const [name, url] of [['router', graph.routerUrl] as const, ...Object.entries(graph.subgraphUrls)]) {
      const res = await fetch(new URL('/debug/gc', url), { method: 'POST' }).catch(() => null);
      const body = res?.ok ? ((await res.json()) as { heapUsed?: number }) : null;
      if (url === graph.routerUrl) routerHeap = body?.heapUsed ?? null;
      if (process.env.BENCH_MEMORY_DETAIL && (name === 'router' || name === 'registration')) console.log(`${name} memory after a GC: ${JSON.stringify(body)}`);
    }
    // V8 and the allocator hand freed pages back on background threads: RSS is read once they have.
    await new Promise((r) => setTimeout(r, 3_000));
    // BENCH_HEAP_SNAPSHOTS=router|registration|… (with NODE_OPTIONS=--heapsnapshot-signal=SIGUSR2): that process writes a snapshot after each reading.
    const snapshotOf = process.env.BENCH_HEAP_SNAPSHOTS;
    if (snapshotOf) {
      process.kill(pids[snapshotOf === '1' ? 'router' : snapshotOf]!, 'SIGUSR2');
      await new Promise((r) => setTimeout(r, 20_000));
    }
    return routerHeap;
  };
  console.log(`seeding ${N_CITIZENS} citizens, ${AGENTS_PER_CENTRE * 12} agents, ${MANAGERS} managers, ${N_CITIZENS * 4} demands...`);
  const s = await seed(graph);
  const mint = await tokenMinter(graph);

  // Who subscribes to what.
  const sockets: Subscriber[][] = [];
  for (const citizen of s.citizens) {
    const token = await mint(citizen.id, ['CITIZEN']);
    for (let device = 0; device < 2; device++) {
      sockets.push([
        { kind: 'citizen', query: 'mine', variables: {}, token },
        { kind: 'citizen', query: 'page', variables: { d: citizen.demands[0] }, token },
      ]);
    }
  }
  for (const agent of s.agents) {
    const token = await mint(agent.id, ['AGENT']);
    for (let d = 0; d < DASHBOARDS; d++)
      sockets.push([d % 2 === 0 ? { kind: 'agent', query: 'queue', variables: { c: agent.centre }, token } : { kind: 'agent', query: 'mine', variables: {}, token }]);
  }
  for (const manager of s.managers) {
    const token = await mint(manager.id, ['DEMAND_MANAGER']);
    for (let d = 0; d < DASHBOARDS; d++) sockets.push([{ kind: 'manager', query: 'mine', variables: {}, token }]);
  }
  const subscriberCount = sockets.reduce((n, x) => n + x.length, 0);

  // Expected receivers of an event of demand d: computed from the visibility rules, not from what arrives.
  const watchersOfPage = new Map<string, number>();
  for (const c of s.citizens) watchersOfPage.set(c.demands[0]!, 2);
  const agentsPerCentre = AGENTS_PER_CENTRE * DASHBOARDS; // queue + status dashboards of that centre's agents
  const expectedFor = (demandId: string) => 2 + (watchersOfPage.get(demandId) ?? 0) + agentsPerCentre + MANAGERS * DASHBOARDS;

  const answered = new Map<string, number>(); // `${demandId}:${version}` -> when the mutation answered
  const receivedAt = new Map<string, number[]>();
  let unexpected = 0;

  // The seed's work leaves memory the processes give back only once idle a while (V8's memory reducer, the pools'
  // idle connections): the start is read after the same idle wait as the end, once everyone has left.
  await new Promise((r) => setTimeout(r, IDLE_CONNECTION_MS + 2_000));
  const heapBefore = await gc();
  const rssBefore = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, rssOf(pid)]));
  const wsUrl = graph.routerUrl.replace(/^http/, 'ws');
  const clients: Client[] = [];
  const t0 = Date.now();
  let acked = 0;
  let live = 0;
  const batch = 200;
  for (let i = 0; i < sockets.length; i += batch) {
    await Promise.all(
      sockets.slice(i, i + batch).map(
        (subs) =>
          new Promise<void>((resolve) => {
            const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${subs[0]!.token}` }, retryAttempts: 0, lazy: false });
            clients.push(client);
            client.on('connected', () => {
              acked++;
              resolve();
            });
            client.on('closed', () => resolve());
            for (const sub of subs) {
              client.subscribe<Record<string, { version: number; demand: { id: string } | null }>>(
                { query: Q[sub.query], variables: sub.variables },
                {
                  next: (v) => {
                    const e = v.data && Object.values(v.data)[0];
                    if (!e?.demand) {
                      unexpected++;
                      return;
                    }
                    const key = `${e.demand.id}:${e.version}`;
                    const list = receivedAt.get(key);
                    if (list) list.push(Date.now());
                    else receivedAt.set(key, [Date.now()]);
                  },
                  error: () => undefined,
                  complete: () => undefined,
                },
              );
              live++;
            }
          }),
      ),
    );
  }
  // Until every subscription is open upstream (the router says so when it can).
  const deadline = Date.now() + 120_000;
  for (;;) {
    const d = await debugOf(graph.routerUrl);
    // A router without the endpoint (the per-subscriber design): registration holds one operation per subscriber.
    const open = d ? d.downstream : ((await debugOf(graph.subgraphUrls.registration))?.active ?? 0);
    if (open >= subscriberCount || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 3_000));
  const connectSeconds = (Date.now() - t0) / 1000;
  await gc();
  const rssAfter = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, rssOf(pid)]));
  const routerBefore = await debugOf(graph.routerUrl);
  console.log(
    `${acked} sockets acknowledged, ${live} subscriptions in ${connectSeconds.toFixed(0)} s; router: ${routerBefore ? `${routerBefore.downstream} downstream, ${routerBefore.groups} groups, upstream ${JSON.stringify(routerBefore.upstream)}` : 'no debug endpoint'}`,
  );

  // 100 transitions/s, open loop, SUSPEND/RESUME over every centre's demands; one transition at a time per demand.
  const order = [...s.demands.keys()].sort(() => Math.random() - 0.5);
  let cursor = 0;
  const busy = new Set<string>();
  let transitions = 0;
  let transitionErrors = 0;
  let expected = 0;
  const fetchesBefore = routerBefore?.subgraphFetches ?? null;
  const cpuBefore = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, cpuMsOf(pid)]));
  const benchCpuBefore = process.cpuUsage();
  const inFlight: Promise<void>[] = [];
  const started = Date.now();
  const total = RATE * SECONDS;
  // BENCH_TRACE: every 5 s, where a backlog sits — transitions sent but not answered, events the router holds undelivered.
  const sampler = process.env.BENCH_TRACE
    ? setInterval(() => {
        void debugOf(graph.routerUrl).then((d) =>
          console.error(
            `[trace] t=${((Date.now() - started) / 1000).toFixed(0)}s sent ${inFlight.length} answered ${transitions} errors ${transitionErrors}; router pending events ${d?.pendingEvents ?? '?'}`,
          ),
        );
      }, 5_000)
    : undefined;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    let id = order[cursor++ % order.length]!;
    while (busy.has(id)) id = order[cursor++ % order.length]!;
    busy.add(id);
    const d = s.demands.get(id)!;
    const action = d.status === 'ASSIGNED' ? 'SUSPEND' : 'RESUME';
    inFlight.push(
      postJson(
        graph.routerUrl,
        {
          query: 'mutation($i: TransitionDemandInput!) { transitionDemand(input: $i) { version status } }',
          variables: { i: { demandId: id, action, expectedVersion: d.version, ...(action === 'SUSPEND' && { reason: 'Pièce à compléter' }) } },
        },
        { authorization: `Bearer ${managerToken}` },
      )
        .then((r: { data: { transitionDemand: { version: number; status: string } } }) => {
          d.version = r.data.transitionDemand.version;
          d.status = r.data.transitionDemand.status;
          answered.set(`${id}:${d.version}`, Date.now());
          transitions++;
          expected += expectedFor(id);
        })
        .catch(() => {
          transitionErrors++;
        })
        .finally(() => busy.delete(id)),
    );
  }
  await Promise.all(inFlight);
  if (sampler) clearInterval(sampler);
  const runSeconds = (Date.now() - started) / 1000;
  const cpu = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, Math.round((cpuMsOf(pid) - cpuBefore[n]!) / runSeconds)]));
  const benchCpu = process.cpuUsage(benchCpuBefore);
  cpu['bench client'] = Math.round((benchCpu.user + benchCpu.system) / 1000 / runSeconds);
  // Deliveries may trail the last answer a little.
  const drain = Date.now() + 10_000;
  const countDelivered = () => [...answered.keys()].reduce((n, k) => n + (receivedAt.get(k)?.length ?? 0), 0);
  while (countDelivered() < expected && Date.now() < drain) await new Promise((r) => setTimeout(r, 200));
  const routerAfterRun = await debugOf(graph.routerUrl);

  const latencies: number[] = [];
  let delivered = 0;
  for (const [key, at] of answered) {
    for (const t of receivedAt.get(key) ?? []) {
      delivered++;
      // An event may even arrive before the mutation's answer (both follow the commit): that is 0 ms late.
      latencies.push(Math.max(0, t - at));
    }
  }
  latencies.sort((a, b) => a - b);

  let subgraphRequestsPerEvent: Record<string, number> | null = null;
  if (fetchesBefore && routerAfterRun?.subgraphFetches && transitions) {
    subgraphRequestsPerEvent = Object.fromEntries(
      Object.entries(routerAfterRun.subgraphFetches as Record<string, number>).map(([name, n]) => [name, Number(((n - (fetchesBefore[name] ?? 0)) / transitions).toFixed(2))]),
    );
  }

  // Everyone leaves.
  await Promise.all(clients.map((c) => c.dispose()));
  const leaveDeadline = Date.now() + 60_000;
  let routerAfterLeave = await debugOf(graph.routerUrl);
  while (routerAfterLeave && routerAfterLeave.groups > 0 && Date.now() < leaveDeadline) {
    await new Promise((r) => setTimeout(r, 1_000));
    routerAfterLeave = await debugOf(graph.routerUrl);
  }
  // The router's pooled connections to the subgraphs (up to 64 each, opened while events fanned out) close once idle
  // for IDLE_CONNECTION_MS; each holds a socket and its buffers, so memory is read after they have.
  await new Promise((r) => setTimeout(r, IDLE_CONNECTION_MS + 2_000));
  const heapAfter = await gc();
  const routerRssAfterLeave = rssOf(pids.router!);

  const rss = Object.fromEntries(Object.keys(rssBefore).map((n) => [n, { before: rssBefore[n]!, after: rssAfter[n]!, perSubscriber: Math.round((rssAfter[n]! - rssBefore[n]!) / subscriberCount) }]));
  return {
    subscribers: subscriberCount,
    sockets: sockets.length,
    distinctCitizens: s.citizens.length,
    distinctStaff: s.agents.length + s.managers.length,
    connectSeconds,
    transitions,
    transitionErrors,
    expected,
    delivered,
    unexpected,
    lateOrMissing: expected - delivered,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rss,
    router: { groups: routerBefore?.groups ?? null, upstream: routerBefore?.upstream ?? null, upstreamAfterLeave: routerAfterLeave?.upstream ?? null },
    subgraphRequestsPerEvent,
    routerRssAfterLeave: { start: rssBefore.router!, afterGc: routerRssAfterLeave, heapStart: heapBefore, heapAfterGc: heapAfter },
    cpu,
  };
}
