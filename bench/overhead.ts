/**
 * `npm run bench -- overhead`: what observability costs. The same graph
 * (fresh databases each time, the production build) is started three ways,
 * alternating round after round so drift shows: bare (METRICS_ENABLED=false,
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
import { startGraph, type RunningGraph } from '@simveb/platform/launcher/graph';
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
  spansReceived: number;
}

const SUBGRAPHS = ['identity', 'vehicle', 'registration', 'billing'];
const MODES = ['bare', 'metrics', 'metrics + tracing 10%'] as const;
type Mode = (typeof MODES)[number];

async function withGraph<T>(base: NodeJS.ProcessEnv, admin: pg.Client | null, fn: (graph: RunningGraph) => Promise<T>): Promise<T> {
  const env = { ...base };
  const run = `simveb_bench_${Date.now().toString(36)}`;
  const dbs: string[] = [];
  if (admin) {
    for (const n of SUBGRAPHS) {
      await admin.query(`create database ${run}_${n}`);
      dbs.push(`${run}_${n}`);
      const u = new URL(process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
      u.pathname = `/${run}_${n}`;
      env[`${n.toUpperCase()}_DATABASE_URL`] = u.toString();
    }
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simveb-bench-'));
  const graph = await startGraph({ env, dataDir, ports: 'free', echo: Boolean(process.env.BENCH_ECHO) });
  try {
    return await fn(graph);
  } finally {
    await graph.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (admin) for (const db of dbs) await admin.query(`drop database if exists ${db} with (force)`).catch(() => undefined);
  }
}

export async function benchOverhead(env: NodeJS.ProcessEnv, admin: pg.Client | null, opts: { seconds: number; concurrency: number; rounds: number }): Promise<OverheadRow[]> {
  const receiver = await startOtlpReceiver();
  let spans = 0;
  const rows: OverheadRow[] = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const mode of MODES) {
        const traced = mode === 'metrics + tracing 10%';
        const metered = mode !== 'bare';
        const graphEnv: NodeJS.ProcessEnv = { ...env, METRICS_ENABLED: String(metered) };
        for (const k of Object.keys(graphEnv)) if (k.startsWith('OTEL_')) delete graphEnv[k];
        if (traced) Object.assign(graphEnv, { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' });
        rows.push(
          await withGraph(graphEnv, admin, async (graph) => {
            const sink = graph.simulators.find((x) => x.name === 'messaging')!.url;
            const { accessToken } = await loginDemoUser(graph.routerUrl, sink, 'manager');
            const sign = await tokenSigner(graph);
            const claims = decodeJwt(accessToken);
            const tokens = await Promise.all(Array.from({ length: opts.concurrency }, () => sign({ ...claims, jti: randomUUID() })));
            const query = PEER_QUERIES['demands(20)'];
            const ask = (w: number) => postJson(graph.routerUrl, { query }, { authorization: `Bearer ${tokens[w]}` }).then(() => undefined);
            await load('warm-up', ask, { concurrency: opts.concurrency, seconds: 3 });
            const pids = graph.children.filter((c) => c.name === 'router' || SUBGRAPHS.includes(c.name)).map((c) => c.proc.pid!);
            const cpu = () => pids.reduce((s, p) => s + cpuMsOf(p), 0);
            // Prometheus scraping every process each second, as in production.
            const metricsToken = graph.env.METRICS_TOKEN ?? graph.env.INTERNAL_TOKEN!;
            const urls = [graph.routerUrl, ...Object.values(graph.subgraphUrls)].map((u) => new URL('/metrics', u).toString());
            const scraper = setInterval(() => {
              if (!metered) return;
              void Promise.all(urls.map((u) => fetch(u, { headers: { authorization: `Bearer ${metricsToken}` } }).then((r) => r.text()))).catch(() => undefined);
            }, 1_000);
            const receivedBefore = await countSpans(receiver.url);
            const c0 = cpu();
            const r = await load(mode, ask, { concurrency: opts.concurrency, seconds: opts.seconds });
            const used = cpu() - c0;
            clearInterval(scraper);
            await new Promise((res) => setTimeout(res, 1_000));
            spans = (await countSpans(receiver.url)) - receivedBefore;
            return { mode, round, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, graphCpuMs: used / Math.max(1, r.iterations), spansReceived: spans };
          }),
        );
      }
    }
  } finally {
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
  for (const r of rows) console.log(r.mode.padEnd(22), String(r.round).padStart(5), r.rps.toFixed(0).padStart(8), r.p50.toFixed(1).padStart(8), r.p99.toFixed(1).padStart(8), String(r.errors).padStart(7), r.graphCpuMs.toFixed(2).padStart(11), String(r.spansReceived).padStart(8));
  const mean = (mode: string, f: (r: OverheadRow) => number) => {
    const xs = rows.filter((r) => r.mode === mode).map(f);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  for (const mode of MODES.slice(1)) {
    const rps = mean(mode, (r) => r.rps) / mean('bare', (r) => r.rps);
    const cpu = mean(mode, (r) => r.graphCpuMs) / mean('bare', (r) => r.graphCpuMs);
    console.log(`${mode} vs bare: throughput ${(rps * 100).toFixed(0)}% (${((1 - rps) * 100).toFixed(1)}% lost), CPU per request ${cpu.toFixed(2)}x`);
  }
}
