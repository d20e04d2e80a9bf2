/**
 * `npm run bench -- overhead`: what observability costs. The same graph
 * (fresh databases each, the production build) runs three times at once,
 * taking the load in turns, slice after slice: bare (METRICS_ENABLED=false,
 * no tracing), with Prometheus metrics (scraped every second on every
 * process, as Prometheus would), and with metrics plus every process
 * exporting traces at 10% sampling (OTEL_TRACES_SAMPLER=
 * parentbased_traceidratio, ARG 0.1) to a local OTLP receiver. Measured:
 * req/s and whole-graph CPU per request of the demands(20) query with a
 * distinct token per caller.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { decodeJwt } from 'jose';
import { startGraph, SUBGRAPHS, type RunningGraph } from '@simveb/dev/launcher/graph';
import { createDatabases, databaseEnv } from '@simveb/dev/launcher/run-databases';
import { loginDemoUser } from '@simveb/clients/sdk/dev-sessions';
import { startOtlpReceiver } from '../test/support/otlp-receiver';
import { load, postJson } from './load';
import { PEER_QUERIES } from './peers';
import { cpuMsOf } from './proc';
import { tokenSigner } from './tokens';

export interface OverheadRow {
  mode: Mode;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  graphCpuMs: number;
  /** CPU ms per request of each process (router, identity, ...): which one a mode costs. */
  cpuByProcess: Record<string, number>;
  spansReceived: number;
}

const MODES = ['bare', 'metrics', 'metrics + tracing 10%'] as const;
type Mode = (typeof MODES)[number];

interface GraphUnderTest {
  graph: RunningGraph;
  stop(): Promise<void>;
}

async function startBenchGraph(base: NodeJS.ProcessEnv, admin: pg.Client | null, redisDb: number): Promise<GraphUnderTest> {
  const env = { ...base };
  // Each graph its own Redis database: the bus channels and rate counters of one never reach another.
  if (env.REDIS_URL) {
    const r = new URL(env.REDIS_URL);
    r.pathname = `/${redisDb}`;
    env.REDIS_URL = r.toString();
  }
  const run = `simveb_bench_${Date.now().toString(36)}`;
  const databases = admin ? await createDatabases(process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', run, SUBGRAPHS) : null;
  if (databases) Object.assign(env, databaseEnv(databases.urls));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simveb-bench-'));
  const graph = await startGraph({ env, dataDir, ports: 'free', echo: Boolean(process.env.BENCH_ECHO) });
  return {
    graph,
    async stop() {
      await graph.stop();
      rmSync(dataDir, { recursive: true, force: true });
      await databases?.drop();
    },
  };
}

/**
 * The three graphs run at once and take the load in turns, a slice each,
 * round after round: a slow phase of the machine (every process 30-40% slower
 * for tens of seconds, seen with one graph per run) then falls on all three
 * alike. An idle graph costs nothing; only the loaded one is scraped.
 */
export async function benchOverhead(
  env: NodeJS.ProcessEnv,
  admin: pg.Client | null,
  opts: { seconds: number; concurrency: number; rounds: number; modes?: readonly string[] },
): Promise<OverheadRow[]> {
  const receiver = await startOtlpReceiver();
  const modes = MODES.filter((m) => !opts.modes || opts.modes.includes(m));
  const running: GraphUnderTest[] = [];
  const rows: OverheadRow[] = [];
  try {
    const targets = [];
    for (const [i, mode] of modes.entries()) {
      const traced = mode === 'metrics + tracing 10%';
      const metered = mode !== 'bare';
      // Three graphs on one PostgreSQL (max_connections 100): 6 connections per subgraph process, for all three alike.
      const graphEnv: NodeJS.ProcessEnv = { ...env, METRICS_ENABLED: String(metered), DB_POOL_MAX: '6' };
      for (const k of Object.keys(graphEnv)) if (k.startsWith('OTEL_')) delete graphEnv[k];
      if (traced) Object.assign(graphEnv, { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' });
      const g = await startBenchGraph(graphEnv, admin, 4 + i);
      running.push(g);
      const { graph } = g;
      const sink = graph.simulators.find((x) => x.name === 'messaging')!.url;
      const { accessToken } = await loginDemoUser(graph.routerUrl, sink, 'manager');
      const sign = await tokenSigner(graph);
      const claims = decodeJwt(accessToken);
      const tokens = await Promise.all(Array.from({ length: opts.concurrency }, () => sign({ ...claims, jti: randomUUID() })));
      const query = PEER_QUERIES['demands(20)'];
      const ask = (w: number) => postJson(graph.routerUrl, { query }, { authorization: `Bearer ${tokens[w]}` }).then(() => undefined);
      const procs = graph.children.filter((c) => c.name === 'router' || (SUBGRAPHS as readonly string[]).includes(c.name)).map((c) => ({ name: c.name, pid: c.proc.pid! }));
      const metricsToken = graph.env.METRICS_TOKEN ?? graph.env.INTERNAL_TOKEN!;
      const urls = [graph.routerUrl, ...Object.values(graph.subgraphUrls)].map((u) => new URL('/metrics', u).toString());
      targets.push({ mode, metered, ask, procs, scrape: () => Promise.all(urls.map((u) => fetch(u, { headers: { authorization: `Bearer ${metricsToken}` } }).then((r) => r.text()))) });
    }
    for (const t of targets) await load('warm-up', t.ask, { concurrency: opts.concurrency, seconds: 3 });
    for (let round = 0; round < opts.rounds; round++) {
      for (const t of targets) {
        const cpuEach = () => Object.fromEntries(t.procs.map((p) => [p.name, cpuMsOf(p.pid)]));
        // Prometheus scraping every process each second, as in production.
        const scraper = setInterval(() => void (t.metered ? t.scrape().catch(() => undefined) : undefined), 1_000);
        const receivedBefore = await countSpans(receiver.url);
        const each0 = cpuEach();
        const r = await load(t.mode, t.ask, { concurrency: opts.concurrency, seconds: opts.seconds });
        const each1 = cpuEach();
        clearInterval(scraper);
        const perRequest = (ms: number) => ms / Math.max(1, r.iterations);
        const cpuByProcess = Object.fromEntries(t.procs.map((p) => [p.name, perRequest(each1[p.name]! - each0[p.name]!)]));
        const graphCpuMs = Object.values(cpuByProcess).reduce((a, b) => a + b, 0);
        const spansReceived = (await countSpans(receiver.url)) - receivedBefore;
        rows.push({ mode: t.mode, round, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, graphCpuMs, cpuByProcess, spansReceived });
      }
    }
  } finally {
    for (const g of running) await g.stop().catch(() => undefined);
    await receiver.close();
  }
  return rows;
}

async function countSpans(receiverUrl: string): Promise<number> {
  return ((await (await fetch(`${receiverUrl}/count`)).json()) as { spans: number }).spans;
}

export function printOverhead(rows: OverheadRow[]): void {
  console.log('\nObservability overhead — demands(20), distinct tokens, whole graph; with metrics, every process scraped every second');
  console.log('mode'.padEnd(22), 'round'.padStart(5), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7), 'CPU ms/req'.padStart(11), 'spans'.padStart(8));
  for (const r of rows)
    console.log(
      r.mode.padEnd(22),
      String(r.round).padStart(5),
      r.rps.toFixed(0).padStart(8),
      r.p50.toFixed(1).padStart(8),
      r.p99.toFixed(1).padStart(8),
      String(r.errors).padStart(7),
      r.graphCpuMs.toFixed(2).padStart(11),
      String(r.spansReceived).padStart(8),
      '  ',
      Object.entries(r.cpuByProcess)
        .map(([n, ms]) => `${n} ${ms.toFixed(2)}`)
        .join(', '),
    );
  const median = (xs: number[]) => {
    const v = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(v.length / 2);
    return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  };
  const rounds = [...new Set(rows.map((r) => r.round))];
  const of = (mode: string, round: number) => rows.find((r) => r.mode === mode && r.round === round);
  for (const mode of MODES.slice(1)) {
    // Each round's ratio to the bare graph's slice of the same round, then the median of the rounds.
    const pairs = rounds.map((k) => [of(mode, k), of('bare', k)] as const).filter((p): p is readonly [OverheadRow, OverheadRow] => Boolean(p[0] && p[1]));
    if (!pairs.length) continue;
    const rps = median(pairs.map(([m, b]) => m.rps / b.rps));
    const cpu = median(pairs.map(([m, b]) => m.graphCpuMs / b.graphCpuMs));
    const router = median(pairs.map(([m, b]) => m.cpuByProcess.router! / b.cpuByProcess.router!));
    console.log(
      `${mode} vs bare (median of ${pairs.length} rounds): throughput ${(rps * 100).toFixed(0)}% (${((1 - rps) * 100).toFixed(1)}% lost), CPU per request ${cpu.toFixed(2)}x (router ${router.toFixed(2)}x)`,
    );
  }
}
