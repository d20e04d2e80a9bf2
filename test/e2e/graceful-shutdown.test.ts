import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { graph, routerSubscriptions, until } from '../support/graph';
import { signIn } from '../support/sessions';

/**
 * SIGTERM to a router under load (a rollout, a node drain): every request it
 * had already received is answered, its subscribers are told to go elsewhere
 * with 1001 (graphql-ws clients reconnect), and it exits 0.
 */
describe('a router stopped under load', () => {
  let router: { child: Child; url: string } | undefined;
  afterAll(async () => {
    if (router) await stopChild(router.child);
  });

  it('answers every request in flight, closes subscribers with 1001 and exits 0', async () => {
    router = await startRouterProcess(graph().env, await freePort(), graph().subgraphUrls, false, 'router-sigterm');
    const { accessToken } = await signIn('manager');
    const citizen = await signIn('citizen');

    let closeCode: number | undefined;
    const ws = createClient({
      url: router.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${citizen.accessToken}` },
      retryAttempts: 0,
      on: { closed: (e) => (closeCode = (e as { code: number }).code) },
    });
    ws.subscribe({ query: 'subscription { demandStatusChanged { status } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await until(async () => (await routerSubscriptions(router!.url)).downstream >= 1, 10_000, 'the subscription on the doomed router');

    // Sixteen callers in a loop, each request a cross-subgraph page (tens of ms): many are in flight at any moment.
    const query = JSON.stringify({ query: '{ vehicles(first: 50) { edges { node { vin holder { displayName } plate { number } } } } }' });
    let signalledAt = Infinity;
    const results: { startedAt: number; ok: boolean; error?: string }[] = [];
    const caller = async () => {
      while (Date.now() < signalledAt + 1_000) {
        const startedAt = Date.now();
        try {
          const res = await fetch(router!.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: query });
          const body = (await res.json()) as { data?: { vehicles?: unknown }; errors?: unknown };
          results.push({ startedAt, ok: res.status === 200 && !!body.data?.vehicles && !body.errors, error: body.errors ? JSON.stringify(body.errors) : undefined });
        } catch (err) {
          results.push({ startedAt, ok: false, error: String((err as Error).cause ?? err) });
          if (startedAt > signalledAt) return; // the router is gone: a real client goes to another replica
        }
      }
    };
    const load = Array.from({ length: 16 }, caller);
    await new Promise((r) => setTimeout(r, 1_500));
    const exited = new Promise<number | null>((resolve) => router!.child.proc.once('exit', (code) => resolve(code)));
    signalledAt = Date.now();
    router.child.proc.kill('SIGTERM');
    await Promise.all(load);
    const code = await exited;

    // Sent at least 20 ms before the signal: the router had it. Each must have been answered in full.
    const inFlight = results.filter((r) => r.startedAt <= signalledAt - 20);
    expect(inFlight.length).toBeGreaterThan(50);
    expect(inFlight.filter((r) => !r.ok)).toEqual([]);
    expect(closeCode).toBe(1001);
    expect(code).toBe(0);
    await ws.dispose();
  }, 90_000);
});
