import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '@simveb/platform/demo';
import { REPO_ROOT, startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { graph } from '../support/graph';

/** The partner kit's examples, run as a partner runs them (their own process, the demo insurer's key). */
function example(name: string, args: string[] = [], url = graph().routerUrl, apiKey: string = DEMO.partnerKey.key) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'clients/partner/examples', name), ...args], {
    env: { PATH: process.env.PATH!, SIMVEB_GRAPH_URL: url, SIMVEB_API_KEY: apiKey },
    encoding: 'utf8',
    timeout: 60_000,
    cwd: REPO_ROOT,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the README’s first query works as printed', () => {
  it('the first curl of "Query it" answers vehicles with plates and holders', async () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Query it'));
    const curl = /```bash\n(curl[\s\S]*?)```/.exec(section)![1]!;
    const auth = /-H 'authorization: ([^']+)'/.exec(curl)![1]!;
    const body = /-d '([^']+)'/.exec(curl)![1]!;
    // The same request, sent to this run's router instead of 127.0.0.1:4000.
    const res = await fetch(graph().routerUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('x-query-cost'))).toBeGreaterThan(0);
    const json = (await res.json()) as { data?: { vehicles: { edges: { node: { vin: string; holder: { displayName: string } | null } }[] } }; errors?: unknown };
    expect(json.errors).toBeUndefined();
    expect(json.data!.vehicles.edges).toHaveLength(5);
    expect(json.data!.vehicles.edges[0]!.node.holder?.displayName).toBeTruthy();
  });
});

describe('the partner kit runs against the graph', () => {
  it('bulk plates: vehicles with holder and encumbrances, an unknown plate as not in the register', () => {
    const r = example('bulk-plates.ts');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/VIN \w{17}, holder .+, (no encumbrance|ENCUMBERED)/);
    expect(r.out).toMatch(/XX-0000-XX: not in the register/);
    expect(r.out).toMatch(/cost \d+ points; \d+ of \d+ left this hour/);
  });

  it('paging: every page until hasNextPage is false, no vehicle twice', () => {
    const r = example('page-vehicles.ts', ['40']);
    expect(r.code, r.err).toBe(0);
    const [, total, distinct] = /(\d+) vehicles read, (\d+) distinct/.exec(r.out)!;
    expect(Number(total)).toBeGreaterThanOrEqual(DEMO.fleetSize);
    expect(distinct).toBe(total);
    expect(r.out.match(/^page \d+:/gm)!.length).toBeGreaterThanOrEqual(4);
  });

  it('errors: each provoked case prints its code and what to do', () => {
    const r = example('errors.ts');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/invented key: HTTP 401 UNAUTHENTICATED/);
    expect(r.out).toMatch(/does not have: HTTP 400 GRAPHQL_VALIDATION_FAILED/);
    expect(r.out).toMatch(/malformed query: HTTP 400 GRAPHQL_PARSE_FAILED/);
    expect(r.out).toMatch(/too much in one request: HTTP 400 QUERY_TOO_COMPLEX/);
    expect(r.out).toMatch(/bigger than allowed: HTTP \d+ (BAD_USER_INPUT|QUERY_TOO_COMPLEX)/);
    expect(r.out).toMatch(/scopes do not cover: HTTP \d+ FORBIDDEN/);
  });

  describe('a spent budget', () => {
    let router: { child: Child; url: string };
    beforeAll(async () => {
      // A router whose partners have 250 points an hour: the third page of 20 vehicles is refused. Its budgets
      // live in a Redis database of this test's own (emptied first), not in the one the other files spend.
      const env: Record<string, string> = { ...graph().env, RATE_LIMIT_POINTS_PER_HOUR: '250' };
      if (graph().redisUrl) {
        const url = new URL(graph().redisUrl!);
        url.pathname = '/7';
        env.REDIS_URL = url.toString();
        const { Redis } = await import('ioredis');
        const r = new Redis(env.REDIS_URL);
        await r.flushdb();
        r.disconnect();
      }
      router = await startRouterProcess(env, await freePort(), graph().subgraphUrls, false, 'router-partner-budget');
    }, 60_000);
    afterAll(async () => {
      if (router) await stopChild(router.child);
    });

    it('rate limits: the headers read on each answer, then the 429 and when to come back', () => {
      const r = example('rate-limits.ts', ['10'], router.url);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/request 1: cost \d+, \d+\/250 points left, renews in \d+ s/);
      expect(r.out).toMatch(/budget spent \(HTTP 429\); come back in \d+ s/);
    });
  });
});
