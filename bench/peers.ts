/**
 * `npm run bench -- peers`: our router, plain `@apollo/gateway` (Apollo
 * Server 5, Authorization forwarded) and Hive Gateway (Authorization
 * propagated) over the same running subgraphs, side by side in one run.
 *
 * Every connection signs in as its own manager (a distinct token), so no
 * gateway can merge one caller's request with another's; a last row per
 * gateway uses one shared token (a dashboard polling), where merging
 * identical in-flight requests of one caller is allowed. Runs alternate
 * between the gateways (BENCH_ROUNDS rounds) so drift hits all three alike.
 * Before timing, the three must return identical data for every query.
 *
 * CPU is read from /proc for each gateway process (and any worker it forks)
 * and for the four subgraphs: ms per request, gateway alone and whole graph.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { REPO_ROOT, type RunningGraph } from '@simveb/dev/launcher/graph';
import { freePort, spawnTs, stopChild, waitFor, type Child } from '@simveb/dev/launcher/processes';
import { load, postJson } from './load';
import { cpuMsOf, treeCpuMsOf } from './proc';
import { tokenSigner } from './tokens';
import { benchSubgraphs, type SubgraphCost } from './subgraphs';

export const PEER_QUERIES = {
  'demands(20)': '{ demands(first: 20) { edges { node { reference status vehicle { vin brand { name } plate { number } } applicant { displayName } order { total } paymentStatus } } } }',
  'vehicles(100)': '{ vehicles(first: 100) { edges { node { vin brand { name } model { name } plate { number } holder { displayName } } } } }',
} as const;

export interface PeerRow {
  gateway: string;
  query: string;
  tokens: 'distinct' | 'shared';
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  gatewayCpuMs: number;
  graphCpuMs: number;
  /** CPU ms per request of each subgraph. */
  subgraphCpuMs: Record<string, number>;
}

interface Gateway {
  name: string;
  url: string;
  cpu: () => number;
}

const SUBGRAPHS = ['identity', 'vehicle', 'registration', 'billing'];

/** The supergraph as the peers read it: the subgraphs' URLs of this run instead of the default ports. */
function supergraphFor(graph: RunningGraph): string {
  let sdl = readFileSync(path.join(REPO_ROOT, 'schema/supergraph.graphql'), 'utf8');
  for (const [name, url] of Object.entries(graph.subgraphUrls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]+`), `$1${url}`);
  }
  const file = path.join(os.tmpdir(), `simveb-peers-supergraph-${process.pid}.graphql`);
  writeFileSync(file, sdl);
  return file;
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
    .then((r) => r.ok)
    .catch(() => false);
}

function spawnNode(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, args, { env, cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const child: Child = { name, proc, tail: [] };
  for (const stream of [proc.stdout!, proc.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      child.tail.push(line);
      if (child.tail.length > 40) child.tail.shift();
    });
  }
  return child;
}

const canonical = (value: unknown): string => JSON.stringify(value);

export async function benchPeers(graph: RunningGraph, managerToken: string, opts: { seconds: number; concurrency: number; rounds: number }): Promise<{ rows: PeerRow[]; subgraphs: SubgraphCost[] }> {
  const sign = await tokenSigner(graph);
  const claims = decodeJwt(managerToken);
  // Distinct credentials of the same manager: what sixteen dashboards of sixteen managers look like to a gateway.
  const tokens = await Promise.all(Array.from({ length: opts.concurrency }, () => sign({ ...claims, jti: randomUUID() })));
  const supergraph = supergraphFor(graph);
  const peerEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' };

  const apolloPort = await freePort();
  const apollo = spawnTs('apollo-gateway', path.join(REPO_ROOT, 'bench/peers/apollo-gateway.ts'), { ...peerEnv, PORT: String(apolloPort), SUPERGRAPH_PATH: supergraph }, false);
  const hivePort = await freePort();
  const hive = spawnNode(
    'hive-gateway',
    [
      path.join(REPO_ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js'),
      'supergraph',
      supergraph,
      '--host',
      '127.0.0.1',
      '--port',
      String(hivePort),
      '--config-path',
      path.join(REPO_ROOT, 'bench/peers/hive-gateway.config.mjs'),
    ],
    peerEnv,
  );
  const peers = [apollo, hive];
  try {
    const apolloUrl = `http://127.0.0.1:${apolloPort}/`;
    const hiveUrl = `http://127.0.0.1:${hivePort}/graphql`;
    await waitFor(apollo, () => answers(apolloUrl), 60_000);
    await waitFor(hive, () => answers(hiveUrl), 60_000);
    const router = graph.children.find((c) => c.name === 'router')!.proc.pid!;
    const subgraphPids = Object.fromEntries(graph.children.filter((c) => SUBGRAPHS.includes(c.name)).map((c) => [c.name, c.proc.pid!]));
    const gateways: Gateway[] = [
      { name: 'ours (router, every protection on)', url: graph.routerUrl, cpu: () => cpuMsOf(router) },
      { name: 'plain @apollo/gateway 2.14 + Apollo Server 5', url: apolloUrl, cpu: () => treeCpuMsOf(apollo.proc.pid!) },
      { name: 'Hive Gateway 2.15', url: hiveUrl, cpu: () => treeCpuMsOf(hive.proc.pid!) },
    ];
    const subgraphCpu = () => Object.fromEntries(Object.entries(subgraphPids).map(([n, p]) => [n, cpuMsOf(p)]));
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);

    // Same data from all three, or the comparison means nothing.
    for (const [name, query] of Object.entries(PEER_QUERIES)) {
      const results = await Promise.all(gateways.map((g) => postJson(g.url, { query }, { authorization: `Bearer ${tokens[0]}` })));
      const reference = canonical(results[0].data);
      for (const [i, r] of results.entries()) {
        if (canonical(r.data) !== reference) throw new Error(`${gateways[i]!.name} answers ${name} differently:\n${canonical(r.data)}\nvs\n${reference}`);
      }
      if (!/"vin"/.test(reference)) throw new Error(`${name} returned no vehicles: ${reference.slice(0, 200)}`);
    }

    const totals = new Map<string, { iterations: number; seconds: number; errors: number; gw: number; all: number; p50: number[]; p99: number[]; sub: Record<string, number> }>();
    const runs: { query: string; tokens: 'distinct' | 'shared' }[] = [
      ...Object.keys(PEER_QUERIES).map((query) => ({ query, tokens: 'distinct' as const })),
      { query: 'demands(20)', tokens: 'shared' },
    ];
    for (const g of gateways) {
      for (const q of Object.values(PEER_QUERIES))
        await load('warm-up', (w) => postJson(g.url, { query: q }, { authorization: `Bearer ${tokens[w]}` }).then(() => undefined), { concurrency: opts.concurrency, seconds: 2 });
    }
    for (let round = 0; round < opts.rounds; round++) {
      for (const run of runs) {
        for (const g of gateways) {
          const query = PEER_QUERIES[run.query as keyof typeof PEER_QUERIES];
          const gw0 = g.cpu();
          const sub0 = subgraphCpu();
          const r = await load(`${g.name} ${run.query}`, (w) => postJson(g.url, { query }, { authorization: `Bearer ${tokens[run.tokens === 'shared' ? 0 : w]}` }).then(() => undefined), {
            concurrency: opts.concurrency,
            seconds: opts.seconds,
          });
          const gw = g.cpu() - gw0;
          const sub1 = subgraphCpu();
          const all = gw + sum(sub1) - sum(sub0);
          const key = `${g.name}\0${run.query}\0${run.tokens}`;
          const t = totals.get(key) ?? { iterations: 0, seconds: 0, errors: 0, gw: 0, all: 0, p50: [], p99: [], sub: {} as Record<string, number> };
          for (const n of Object.keys(sub1)) t.sub[n] = (t.sub[n] ?? 0) + sub1[n]! - sub0[n]!;
          t.iterations += r.iterations;
          t.seconds += r.seconds;
          t.errors += r.errors;
          t.gw += gw;
          t.all += all;
          t.p50.push(r.p50);
          t.p99.push(r.p99);
          totals.set(key, t);
        }
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const subgraphs = await benchSubgraphs(graph, tokens, { seconds: Math.min(opts.seconds, 5), concurrency: opts.concurrency });
    const rows = [...totals].map(([key, t]) => {
      const [gateway, query, tokenKind] = key.split('\0') as [string, string, 'distinct' | 'shared'];
      return {
        gateway,
        query,
        tokens: tokenKind,
        rps: t.iterations / t.seconds,
        p50: mean(t.p50),
        p99: mean(t.p99),
        errors: t.errors,
        gatewayCpuMs: t.gw / Math.max(1, t.iterations),
        graphCpuMs: t.all / Math.max(1, t.iterations),
        subgraphCpuMs: Object.fromEntries(Object.entries(t.sub).map(([n, ms]) => [n, ms / Math.max(1, t.iterations)])),
      };
    });
    return { rows, subgraphs };
  } finally {
    for (const p of peers) await stopChild(p);
  }
}

export function printPeers(rows: PeerRow[]): void {
  console.log('\nGateways over the same subgraphs (CPU ms per request; whole graph = gateway + four subgraphs)\n');
  console.log(
    'query'.padEnd(15),
    'tokens'.padEnd(9),
    'gateway'.padEnd(46),
    'req/s'.padStart(7),
    'p50'.padStart(7),
    'p99'.padStart(7),
    'gw CPU'.padStart(7),
    'graph CPU'.padStart(10),
    'errors'.padStart(7),
  );
  const ordered = [...rows].sort((a, b) => a.query.localeCompare(b.query) || a.tokens.localeCompare(b.tokens));
  for (const r of ordered) {
    console.log(
      r.query.padEnd(15),
      r.tokens.padEnd(9),
      r.gateway.padEnd(46),
      r.rps.toFixed(0).padStart(7),
      r.p50.toFixed(1).padStart(7),
      r.p99.toFixed(1).padStart(7),
      r.gatewayCpuMs.toFixed(2).padStart(7),
      r.graphCpuMs.toFixed(2).padStart(10),
      String(r.errors).padStart(7),
    );
  }
  console.log('\nper subgraph (CPU ms per request, distinct tokens, our router):');
  for (const r of ordered.filter((x) => x.tokens === 'distinct' && x.gateway.startsWith('ours'))) {
    console.log(
      `  ${r.query}: ${Object.entries(r.subgraphCpuMs)
        .map(([n, ms]) => `${n} ${ms.toFixed(2)}`)
        .join(', ')}`,
    );
  }
  for (const query of Object.keys(PEER_QUERIES)) {
    const of = (prefix: string) => rows.find((r) => r.query === query && r.tokens === 'distinct' && r.gateway.startsWith(prefix));
    const ours = of('ours');
    const apollo = of('plain');
    const hive = of('Hive');
    if (ours && apollo && hive) {
      console.log(
        `${query}: our router's CPU per request is ${(ours.gatewayCpuMs / apollo.gatewayCpuMs).toFixed(2)}x Apollo's and ${(ours.gatewayCpuMs / hive.gatewayCpuMs).toFixed(2)}x Hive's (goal: at most 0.33x)`,
      );
    }
  }
}
