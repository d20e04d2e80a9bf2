/**
 * Workflow figures: transitions per second through the router (each one a
 * versioned update, an audit row, an outbox row and a published event), and
 * event-to-subscriber latency with many subscribers on the router.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO } from '@simveb/platform/demo';
import type { RunningGraph } from '@simveb/dev/launcher/graph';
import { load, postJson, type LoadResult, type Measured } from './load';

const LITTORAL = '0190a003-0000-7000-8000-000000000008';

/** Demands already ASSIGNED to the demo agent in Littoral, written straight into the database. */
async function fixtureDemands(graph: RunningGraph, n: number): Promise<string[]> {
  const c = new pg.Client({ connectionString: graph.databaseUrls.registration });
  await c.connect();
  const ids: string[] = [];
  try {
    const values: string[] = [];
    const params: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      ids.push(id);
      const b = params.length;
      params.push(id, `BENCH-${id.slice(0, 13)}`, DEMO.persons.citizen.id, DEMO.vehicleId(2), LITTORAL, DEMO.persons.agent.id);
      values.push(`($${b + 1}, $${b + 2}, 'GLASS_ENGRAVING', 'ASSIGNED', $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, now(), 1, now(), now(), now())`);
      if (values.length === 500 || i === n - 1) {
        await c.query(
          `insert into demand (id, reference, service_code, status, applicant_id, vehicle_id, center_id, assigned_agent_id, assigned_at, version, created_at, updated_at, status_since) values ${values.join(',')}`,
          params,
        );
        values.length = 0;
        params.length = 0;
      }
    }
  } finally {
    await c.end();
  }
  return ids;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function benchWorkflow(graph: RunningGraph, agentToken: string, opts: { seconds: number; concurrency: number; subscribers: number; measure?: Measured }) {
  const auth = { authorization: `Bearer ${agentToken}` };
  const verify = 'mutation($i: TransitionDemandInput!) { transitionDemand(input: $i) { version } }';

  // 1. Sustained transitions.
  const pool = await fixtureDemands(graph, 20_000);
  let next = 0;
  const transitions: LoadResult = await load(
    'router: transitionDemand (audit + outbox + event)',
    async () => {
      const id = pool[next++];
      if (!id) throw new Error('fixture exhausted');
      await postJson(graph.routerUrl, { query: verify, variables: { i: { demandId: id, action: 'VERIFY', expectedVersion: 1 } } }, auth);
    },
    { concurrency: opts.concurrency, seconds: opts.seconds, measure: opts.measure },
  );

  // 2. Event-to-subscriber latency, many subscribers on the router.
  const wsUrl = graph.routerUrl.replace(/^http/, 'ws');
  const clients: Client[] = [];
  const latencies: number[] = [];
  let ready = 0;
  const disposers: (() => void)[] = [];
  for (let i = 0; i < opts.subscribers; i++) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: auth, retryAttempts: 0 });
    clients.push(client);
    client.on('connected', () => ready++);
    disposers.push(
      client.subscribe<{ demandQueueChanged: { at: string } }>(
        { query: `subscription($c: ID!) { demandQueueChanged(centerId: $c) { status at } }`, variables: { c: LITTORAL } },
        {
          next: (v) => {
            const at = v.data?.demandQueueChanged.at;
            if (at) latencies.push(Date.now() - Date.parse(at));
          },
          error: () => undefined,
          complete: () => undefined,
        },
      ),
    );
  }
  const deadline = Date.now() + 60_000;
  while (ready < opts.subscribers && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 2_000)); // upstream subscriptions settle
  const events = 40;
  const sent = Date.now();
  for (let i = 0; i < events; i++) {
    const id = pool[next++]!;
    await postJson(graph.routerUrl, { query: verify, variables: { i: { demandId: id, action: 'VERIFY', expectedVersion: 1 } } }, auth);
    await new Promise((r) => setTimeout(r, 100)); // 10 events/s
  }
  const expected = events * opts.subscribers;
  while (latencies.length < expected && Date.now() - sent < 60_000) await new Promise((r) => setTimeout(r, 100));
  for (const d of disposers) d();
  await Promise.all(clients.map((c) => c.dispose()));
  latencies.sort((a, b) => a - b);
  return {
    transitions,
    subscribers: { connected: ready, events, delivered: latencies.length, expected, p50: pct(latencies, 50), p99: pct(latencies, 99) },
  };
}
