/**
 * A closed-loop load generator: `concurrency` workers each run `iteration`
 * back to back for `seconds`, on loopback only. One iteration may be several
 * HTTP calls (e.g. a client composing subgraphs itself), which single-request
 * tools cannot express; both sides of a comparison use this same loop. The
 * worker's index lets each connection act as a distinct caller.
 */
import { cpuMsOf } from './proc';

export interface LoadResult {
  name: string;
  iterations: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** CPU ms per request of each measured process, over the timed window (from /proc). */
  cpuMsPerRequest?: Record<string, number>;
}

/** Processes whose CPU a load run reports per request. */
export type Measured = { name: string; pid: number }[];

export async function load(name: string, iteration: (worker: number) => Promise<void>, opts: { concurrency: number; seconds: number; measure?: Measured }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + opts.seconds * 1000;
  const worker = async (index: number) => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await iteration(index);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const cpuBefore = opts.measure?.map((p) => cpuMsOf(p.pid));
  const started = performance.now();
  await Promise.all(Array.from({ length: opts.concurrency }, (_, i) => worker(i)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const result: LoadResult = { name, iterations: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  if (opts.measure && latencies.length) {
    result.cpuMsPerRequest = Object.fromEntries(opts.measure.map((p, i) => [p.name, Math.round(((cpuMsOf(p.pid) - cpuBefore![i]!) / latencies.length) * 100) / 100]));
  }
  return result;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = (await res.json()) as { errors?: unknown[] };
  if (!res.ok || json.errors) throw new Error(JSON.stringify(json.errors ?? res.status));
  return json;
}

/** The p-th percentile of ascending `sorted`. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A process's /debug/subscriptions (DEBUG_ENDPOINTS), or null. */
export async function debugOf(url: string): Promise<any | null> {
  const res = await fetch(new URL('/debug/subscriptions', url)).catch(() => null);
  return res?.ok ? res.json() : null;
}
