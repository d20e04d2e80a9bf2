import { spawnSync } from 'node:child_process';
import { DEV_INTERNAL_TOKEN } from '@simveb/platform/server/subgraph-config';
import { graph } from './graph';

/** The scrape credential of this run's processes (METRICS_TOKEN defaults to the internal token). */
export const metricsToken = () => graph().env.METRICS_TOKEN ?? graph().env.INTERNAL_TOKEN ?? DEV_INTERNAL_TOKEN;

export interface Series {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * The text exposition format, one sample per line. Hand-written because the
 * npm parser of this format (parse-prometheus-text-format) drops the labels
 * of histogram series, the very series asserted here; the format itself is
 * checked by Prometheus' own linter (`promtool check metrics`) when present.
 */
export function parseExposition(text: string): Series[] {
  const out: Series[] = [];
  const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
  const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = sample.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(label)) labels[k!] = v!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

/** GET /metrics of a process as Prometheus would, linted by promtool when installed (CI installs it). */
export async function scrape(anyUrlOfProcess: string, token = metricsToken()): Promise<Series[]> {
  const res = await fetch(new URL('/metrics', anyUrlOfProcess), { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}: ${text}`);
  const lint = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  // Exit 3 is promtool's "lint warnings" (e.g. a counter without _total from a library): only a parse error fails.
  if (!lint.error && lint.status !== 0 && lint.status !== 3) throw new Error(`promtool check metrics: ${lint.stderr || lint.stdout}`);
  return parseExposition(text);
}

/** Sum of the series of `name` whose labels include `labels` (a histogram: pass name_count), 0 when none yet. */
export function value(series: Series[], name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const s of series) if (s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)) total += s.value;
  return total;
}

export const hasFamily = (series: Series[], name: string) => series.some((s) => s.name === name || s.name.startsWith(`${name}_`));

export const labelsOf = (series: Series[], name: string) => series.find((s) => s.name === name)?.labels;
