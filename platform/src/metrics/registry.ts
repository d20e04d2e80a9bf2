import { timingSafeEqual, createHash } from 'node:crypto';
import type { Express } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per process: every metric of the graph registers here, and
 * `/metrics` serves it. Names follow Prometheus conventions (`simveb_` prefix,
 * base units, `_total` counters); the `service` label tells the processes
 * apart when several run on one host.
 */
export const registry = new Registry();

let started = false;
let enabled = true;

/**
 * Whether this process records metrics. `METRICS_ENABLED=false` is for a
 * deployment without Prometheus and for the overhead bench's baseline: the
 * request-path timers are not installed and `/metrics` is not served.
 */
export const metricsOn = (): boolean => enabled;

/** Process metrics (CPU, memory, event-loop lag, GC) and the service label; once per process. */
export function startMetrics(service: string, on = true): void {
  if (started) return;
  started = true;
  enabled = on;
  if (!on) return;
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
}

const sha = (s: string) => createHash('sha256').update(s).digest();

/**
 * GET /metrics for Prometheus, behind a bearer token (the scrape config's
 * `authorization.credentials`): the router's port is public, and the figures
 * (operation names, queue sizes, payment outcomes) are not for callers.
 */
export function metricsRoute(app: Express, token: string): void {
  if (!enabled) return;
  const expected = sha(token);
  app.get('/metrics', async (req, res) => {
    const given = /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1] ?? '';
    if (!timingSafeEqual(sha(given), expected)) {
      res.status(401).set('www-authenticate', 'Bearer realm="metrics"').json({ error: 'metrics need the METRICS_TOKEN as a bearer token' });
      return;
    }
    res.set('content-type', registry.contentType).send(await registry.metrics());
  });
}

/**
 * Label values that come from callers (operation names) are bounded: the
 * first `max` distinct names are kept, later ones count as `other`, so a
 * client inventing names cannot grow the registry without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly pattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
  ) {}

  of(value: string | null | undefined, fallback = 'anonymous'): string {
    if (!value) return fallback;
    if (!this.pattern.test(value)) return 'invalid';
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}

export const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) => new Counter<L>({ name, help, labelNames, registers: [registry] });

const collectFailures = counter('simveb_metrics_collect_failures_total', 'Gauges that could not be read at scrape time (e.g. the database did not answer); they keep their last value.', ['metric']);

/**
 * A gauge, optionally read at scrape time. A read that fails (the database
 * is down) keeps the last value and is counted, so one gauge never fails
 * the whole scrape and Prometheus still sees the process up.
 */
export const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = [], collect?: (this: Gauge<L>) => void | Promise<void>) =>
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    ...(collect
      ? {
          async collect(this: Gauge<L>) {
            try {
              await collect.call(this);
            } catch {
              collectFailures.inc({ metric: name });
            }
          },
        }
      : {}),
  });

/** Seconds; buckets from 5 ms to 10 s (the request timeout's order of magnitude). */
export const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
  new Histogram<L>({ name, help, labelNames, registers: [registry], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10] });
