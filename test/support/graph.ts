import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { SimvebClient } from '@simveb/clients/sdk';
import type { SubgraphName } from '@simveb/platform/server/subgraph-config';
import './graph-info';

export const graph = () => inject('graph');

export const router = (headers: Record<string, string> = {}) => new SimvebClient(graph().routerUrl, headers);

/** A pg client on one subgraph's database, for fixtures and "nothing changed" checks. */
export async function db<T>(name: SubgraphName, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: graph().databaseUrls[name] });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function count(name: SubgraphName, sql: string, params: unknown[] = []): Promise<number> {
  return db(name, async (c) => Number((await c.query(sql, params)).rows[0].count));
}

/**
 * Runs `fn` with a fresh SQL trace id sent through the router, then returns
 * how many statements each subgraph executed for it.
 */
export async function countStatements(fn: (headers: Record<string, string>) => Promise<unknown>, subgraphs: SubgraphName[]) {
  const trace = randomUUID();
  await fn({ 'x-sql-trace': trace });
  const out = {} as Record<SubgraphName, { statements: number; sql: string[] }>;
  for (const name of subgraphs) {
    const base = new URL(graph().subgraphUrls[name]);
    out[name] = (await (await fetch(`${base.origin}/debug/sql?trace=${trace}`)).json()) as { statements: number; sql: string[] };
  }
  return out;
}

/** Active graphql-ws subscriptions on a subgraph (its debug endpoint). */
export async function activeSubscriptions(url: string): Promise<number> {
  const base = new URL(url);
  return ((await (await fetch(`${base.origin}/debug/subscriptions`)).json()) as { active: number }).active;
}

/** The router's view of its subscriptions: downstream subscribers, shared groups, upstream operations per subgraph. */
export interface RouterSubscriptions {
  downstream: number;
  groups: number;
  upstream: Record<string, number>;
  shared: { key: string; service: string; operation: string | null; context: string; members: number; events: number }[];
  sockets: { connections: number; subscriptions: number };
  /** Requests the router sent to each subgraph since it started. */
  subgraphFetches?: Record<string, number>;
}

export async function routerSubscriptions(routerUrl = graph().routerUrl): Promise<RouterSubscriptions> {
  return (await (await fetch(new URL('/debug/subscriptions', routerUrl))).json()) as RouterSubscriptions;
}

export async function until(check: () => Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
