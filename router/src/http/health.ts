import type { Express } from 'express';

/** Answer within this, or the subgraph counts as not ready (a load balancer must not wait on a stuck process). */
const READY_TIMEOUT_MS = 2_000;

/**
 * `GET /health`: the process is alive. `GET /ready`: every subgraph says it
 * is ready (its database answers); 503 with which ones do not.
 */
export function healthRoutes(app: Express, subgraphUrls: () => Record<string, string>): void {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'router' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls()).map(async ([name, url]) => {
        const ok = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(READY_TIMEOUT_MS) })
          .then((r) => r.ok)
          .catch(() => false);
        return [name, ok] as const;
      }),
    );
    const ready = checks.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });
}
