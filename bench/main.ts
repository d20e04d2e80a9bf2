/**
 * `npm run bench`: starts the graph on free loopback ports (real PostgreSQL
 * and Redis when they answer, embedded otherwise) and measures, side by side
 * in one run:
 *   1. a cross-subgraph query through the router vs the same data fetched
 *      straight from the three subgraphs by the client (router overhead),
 *      each client with a token of its own; then the same query with one
 *      token shared by all (where the router merges identical reads);
 *   2. vehicles(first: 100) with brand, model, plate and holder through the
 *      router, with the SQL statements one such request costs per subgraph;
 *   3. signed payment webhooks settling orders with gap-free invoice numbers;
 *   4. transitionDemand and the event's delay to 1,000 subscribers.
 * BENCH_SECONDS (default 10) and BENCH_CONCURRENCY (default 16) tune it.
 *
 * `npm run bench -- subscriptions` runs the 10,000-subscriber scenario
 * instead (bench/subscriptions.ts); `npm run bench -- peers` compares our
 * router with plain @apollo/gateway and Hive Gateway (bench/peers.ts);
 * `npm run bench -- overhead` what tracing and metrics cost (bench/overhead.ts).
 */
import { runSecrets } from '../test/support/run-secrets';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startGraph, SUBGRAPHS } from '@simveb/dev/launcher/graph';
import { connectPostgres, redisAnswers } from '@simveb/dev/launcher/services-answer';
import { createDatabases, databaseEnv } from '@simveb/dev/launcher/run-databases';
import { loginDemoUser } from '@simveb/clients/sdk/dev-sessions';
import { decodeJwt } from 'jose';
import { load, postJson, type LoadResult } from './load';
import { benchWorkflow } from './workflow';
import { benchWebhooks } from './billing';
import { benchSubscriptions, type SubscriptionBenchResult } from './subscriptions';
import { benchPeers, printPeers } from './peers';
import { printSubgraphs } from './subgraphs';
import { benchOverhead, printOverhead } from './overhead';
import { tokenSigner } from './tokens';

const scenario = process.argv[2] ?? 'default';
if (!['default', 'subscriptions', 'peers', 'overhead'].includes(scenario)) {
  console.error(`unknown scenario "${scenario}": npm run bench [-- subscriptions | peers | overhead]`);
  process.exit(2);
}

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Redis on loopback when it answers (the routers' and replicas' bus): the deployment this bench stands for. */
async function benchRedis(): Promise<string | undefined> {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/3';
  return (await redisAnswers(url)) ? url : undefined;
}

// Demo data gives the fleet to query; the seed refuses production mode, so the bench runs as `test`.
// Load from a few identities is the point here, not their hourly budgets.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'test',
  SEED_DEMO: 'true',
  DEBUG_ENDPOINTS: 'true',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_POINTS_PER_HOUR: '1000000000',
  RATE_LIMIT_ANONYMOUS_POINTS_PER_HOUR: '1000000000',
  // The subscription scenario opens its 1,000 sockets with one agent's token (one identity).
  WS_MAX_CONNECTIONS_PER_IDENTITY: '5000',
  WS_MAX_SUBSCRIPTIONS_PER_IDENTITY: '5000',
  WS_MAX_CONNECTIONS_PER_ADDRESS: '5000',
  // Real PostgreSQL and Redis refuse the published development secrets.
  ...runSecrets(),
};
if (scenario === 'subscriptions') {
  // 6,000 sockets from one address; /debug/gc needs the collector exposed.
  Object.assign(env, { REDIS_URL: env.REDIS_URL ?? (await benchRedis()), WS_MAX_CONNECTIONS_PER_ADDRESS: '20000', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() });
}
// The bench measures what production runs: the compiled build (SIMVEB_RUN_FROM=source measures the sources under tsx).
if (!process.env.SIMVEB_RUN_FROM) {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  env.SIMVEB_RUN_FROM = 'dist';
}
const admin = await connectPostgres(ADMIN);
if (scenario === 'overhead') {
  // Starts (and stops) its own graphs: bare, with metrics, with metrics and tracing, alternating.
  const rows = await benchOverhead(env, admin, { seconds, concurrency, rounds: Number(process.env.BENCH_ROUNDS ?? 2), modes: process.env.BENCH_MODES?.split(',').map((m) => m.trim()) });
  printOverhead(rows);
  mkdirSync(path.join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, 'bench/results/overhead.json'), JSON.stringify({ at: new Date().toISOString(), seconds, concurrency, database: admin ? 'PostgreSQL' : 'PGlite', rows }, null, 2));
  await admin?.end();
  process.exit(0);
}
const run = `simveb_bench_${Date.now().toString(36)}`;
const databases = admin ? await createDatabases(ADMIN, run, SUBGRAPHS) : null;
if (databases) Object.assign(env, databaseEnv(databases.urls));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simveb-bench-'));
const graph = await startGraph({ env, dataDir, ports: 'free', echo: Boolean(process.env.BENCH_ECHO) });
const results: LoadResult[] = [];
try {
  if (scenario === 'subscriptions') {
    const sink = graph.simulators.find((x) => x.name === 'messaging')!.url;
    const { accessToken } = await loginDemoUser(graph.routerUrl, sink, 'manager');
    const r = await benchSubscriptions(graph, accessToken);
    printSubscriptions(r);
    mkdirSync(path.join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(path.join(REPO_ROOT, 'bench/results/subscriptions.json'), JSON.stringify({ at: new Date().toISOString(), database: admin ? 'PostgreSQL' : 'PGlite', ...r }, null, 2));
  } else if (scenario === 'peers') {
    const sink = graph.simulators.find((x) => x.name === 'messaging')!.url;
    const { accessToken } = await loginDemoUser(graph.routerUrl, sink, 'manager');
    const { rows, subgraphs } = await benchPeers(graph, accessToken, { seconds, concurrency, rounds: Number(process.env.BENCH_ROUNDS ?? 2) });
    printPeers(rows);
    printSubgraphs(subgraphs);
    mkdirSync(path.join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(
      path.join(REPO_ROOT, 'bench/results/peers.json'),
      JSON.stringify({ at: new Date().toISOString(), seconds, concurrency, database: admin ? 'PostgreSQL' : 'PGlite', rows, subgraphs }, null, 2),
    );
  } else {
    // An ANaTT agent (staff may search the register), signed in like a frontend would.
    const sink = graph.simulators.find((x) => x.name === 'messaging')!.url;
    const { accessToken } = await loginDemoUser(graph.routerUrl, sink, 'agent');
    const auth = { authorization: `Bearer ${accessToken}` };
    // CPU per request of each process of the graph (simulators left out), beside every scenario.
    const measure = graph.children.filter((c) => !c.name.startsWith('sim:')).map((c) => ({ name: c.name, pid: c.proc.pid! }));
    const postJsonAs = (url: string, body: unknown, headers: Record<string, string> = {}) => postJson(url, body, { ...auth, ...headers });
    // Router against direct: each client with a token of its own (the same agent's claims, another token id), as sixteen
    // people would be — one shared token lets the router merge identical in-flight reads, which the client cannot.
    const sign = await tokenSigner(graph);
    const claims = decodeJwt(accessToken);
    const ownAuth = await Promise.all(Array.from({ length: concurrency }, async () => ({ authorization: `Bearer ${await sign({ ...claims, jti: randomUUID() })}` })));
    const q1 = '{ vehicles(first: 20) { edges { node { vin plate { number } holder { displayName } } } } }';
    const viaRouter = (worker: number) => postJson(graph.routerUrl, { query: q1 }, ownAuth[worker]).then(() => undefined);
    const direct = async (worker: number) => {
      const as = ownAuth[worker]!;
      const v = await postJson(graph.subgraphUrls.vehicle, { query: '{ vehicles(first: 20) { edges { node { id vin } } } }' }, as);
      const ids: string[] = v.data.vehicles.edges.map((e: { node: { id: string } }) => e.node.id);
      const r = await postJson(
        graph.subgraphUrls.registration,
        {
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vehicle { plate { number } holder { id } } } }',
          variables: { r: ids.map((id) => ({ __typename: 'Vehicle', id })) },
        },
        as,
      );
      const holders = [...new Set(r.data._entities.map((e: { holder: { id: string } | null }) => e.holder?.id).filter(Boolean))];
      await postJson(
        graph.subgraphUrls.identity,
        { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Party { displayName } } }', variables: { r: holders.map((id) => ({ __typename: 'Party', id })) } },
        as,
      );
    };
    // Warm-up: JIT, connection pools, query plan cache.
    await load('warm-up', viaRouter, { concurrency, seconds: 2 });
    await load('warm-up', direct, { concurrency, seconds: 2 });
    results.push(await load('router: vehicles(20){vin plate holder}', viaRouter, { concurrency, seconds, measure }));
    results.push(await load('direct: same data, 3 subgraph calls', direct, { concurrency, seconds, measure }));
    // The same query with one token for all sixteen clients (a dashboard polling): identical reads in flight are merged.
    results.push(await load('router, one token for all: vehicles(20)', () => postJsonAs(graph.routerUrl, { query: q1 }).then(() => undefined), { concurrency, seconds, measure }));

    const q2 = '{ vehicles(first: 100) { edges { node { vin brand { name } model { name } plate { number } holder { displayName } } } } }';
    results.push(await load('router: vehicles(100){brand model plate holder}', () => postJsonAs(graph.routerUrl, { query: q2 }).then(() => undefined), { concurrency, seconds, measure }));

    const trace = randomUUID();
    await postJsonAs(graph.routerUrl, { query: q2 }, { 'x-sql-trace': trace });
    const sql: Record<string, number> = {};
    for (const [name, url] of Object.entries(graph.subgraphUrls)) {
      sql[name] = ((await (await fetch(`${new URL(url).origin}/debug/sql?trace=${trace}`)).json()) as { statements: number }).statements;
    }

    const webhooks = await benchWebhooks(graph, { seconds, concurrency, measure });
    results.push(webhooks.result);

    const workflow = await benchWorkflow(graph, accessToken, { seconds, concurrency, subscribers: Number(process.env.BENCH_SUBSCRIBERS ?? 1000), measure });
    results.push(workflow.transitions);

    const [router, directResult] = [results[0]!, results[1]!];
    console.log(`\nSIMVEB Graph benchmark — ${seconds}s per scenario, ${concurrency} concurrent clients, ${admin ? 'PostgreSQL' : 'PGlite'}, loopback\n`);
    console.log('scenario'.padEnd(50), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7));
    for (const r of results) {
      console.log(r.name.padEnd(50), r.rps.toFixed(0).padStart(8), r.p50.toFixed(1).padStart(8), r.p99.toFixed(1).padStart(8), String(r.errors).padStart(7));
    }
    console.log('\nCPU ms per request, by process');
    for (const r of results) {
      const cpu = Object.entries(r.cpuMsPerRequest ?? {}).filter(([, v]) => v >= 0.05);
      console.log(r.name.padEnd(50), cpu.map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', '));
    }
    console.log(
      `\nrouter overhead, a token per client: throughput ${(router.rps / directResult.rps).toFixed(2)}x of direct (goal at least 0.9x), p50 ${(router.p50 / directResult.p50).toFixed(2)}x, p99 ${(router.p99 / directResult.p99).toFixed(2)}x`,
    );
    console.log(
      `SQL statements for one vehicles(first: 100) request: ${Object.entries(sql)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(`invoices after the webhook run: ${webhooks.invoices}, numbers gap-free: ${webhooks.gapFree}`);
    const s = workflow.subscribers;
    console.log(`event to subscriber through the router: ${s.connected} subscribers, ${s.events} events at 10/s, ${s.delivered}/${s.expected} deliveries, p50 ${s.p50} ms, p99 ${s.p99} ms`);
    mkdirSync(path.join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(
      path.join(REPO_ROOT, 'bench/results/latest.json'),
      JSON.stringify(
        { at: new Date().toISOString(), seconds, concurrency, results, sql, webhooks: { invoices: webhooks.invoices, gapFree: webhooks.gapFree }, subscribers: workflow.subscribers },
        null,
        2,
      ),
    );
  }
} finally {
  await graph.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await databases?.drop();
  await admin?.end();
}

function printSubscriptions(r: SubscriptionBenchResult): void {
  const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
  console.log(`\nSIMVEB Graph subscription benchmark — ${admin ? 'PostgreSQL' : 'PGlite'} + ${env.REDIS_URL ? 'Redis' : 'in-process bus'}, loopback, one router`);
  console.log(`subscribers ${r.subscribers} on ${r.sockets} sockets (${r.distinctCitizens} citizens, ${r.distinctStaff} staff), connected in ${r.connectSeconds.toFixed(0)} s`);
  console.log(`router: ${r.router.groups ?? '?'} shared groups, upstream operations ${JSON.stringify(r.router.upstream)}`);
  console.log(`transitions ${r.transitions} (${r.transitionErrors} errors); deliveries ${r.delivered} of ${r.expected} expected (${r.lateOrMissing} late or missing, ${r.unexpected} unexpected)`);
  console.log(`event to client after the mutation's answer: p50 ${r.p50} ms, p99 ${r.p99} ms`);
  console.log(
    `CPU per second of the run (1000 = one core): ${Object.entries(r.cpu)
      .filter(([n]) => !n.startsWith('sim:'))
      .map(([n, v]) => `${n} ${v}`)
      .join(', ')}`,
  );
  console.log(`subgraph requests per event: ${r.subgraphRequestsPerEvent ? JSON.stringify(r.subgraphRequestsPerEvent) : 'n/a'}`);
  for (const [name, m] of Object.entries(r.rss)) console.log(`  ${name.padEnd(14)} RSS ${mb(m.before)} -> ${mb(m.after)}: ${m.perSubscriber} bytes per subscriber`);
  console.log(
    `after every client left: upstream operations ${JSON.stringify(r.router.upstreamAfterLeave)}; router RSS ${mb(r.routerRssAfterLeave!.start)} at start, ${mb(r.routerRssAfterLeave!.afterGc)} after a GC; heap in use ${r.routerRssAfterLeave!.heapStart === null ? 'n/a' : mb(r.routerRssAfterLeave!.heapStart)} -> ${r.routerRssAfterLeave!.heapAfterGc === null ? 'n/a' : mb(r.routerRssAfterLeave!.heapAfterGc)}`,
  );
}
