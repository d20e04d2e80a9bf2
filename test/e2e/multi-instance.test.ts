import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimvebClient } from '@simveb/clients/sdk';
import { DemandStatusChangedDocument, TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { startRouterProcess, startSubgraph } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { activeSubscriptions, graph, routerSubscriptions, until } from '../support/graph';
import { as, signIn } from '../support/sessions';
import { assignedDemand } from '../support/demands';

/**
 * Two routers, two registration processes, one Redis: router B talks to
 * registration B only, router A to registration A. An event raised through A
 * must reach a subscriber on B.
 */
describe.skipIf(!graph().redisUrl)('several instances behind one Redis', () => {
  let registrationB: { child: Child; url: string };
  let routerB: { child: Child; url: string };

  beforeAll(async () => {
    const env = graph().env;
    registrationB = await startSubgraph('registration', env, await freePort(), false, 'registration-b');
    routerB = await startRouterProcess(env, await freePort(), { ...graph().subgraphUrls, registration: registrationB.url }, false, 'router-b');
  }, 120_000);

  afterAll(async () => {
    if (routerB) await stopChild(routerB.child);
    if (registrationB) await stopChild(registrationB.child);
  });

  it('a mutation through router A reaches a subscriber on router B', async () => {
    const demand = await assignedDemand('PLATE_DUPLICATE', DEMO.vehicleId(3), 'citizen2');
    const auth = { authorization: `Bearer ${(await signIn('citizen2')).accessToken}` };
    const clientB = new SimvebClient(routerB.url, auth, auth);
    const sub = clientB.subscribe(DemandStatusChangedDocument, { demandId: demand.id });
    await until(async () => (await activeSubscriptions(registrationB.url)) >= 1, 5_000, 'subscription on registration B');

    const res = await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version } });
    expect(res.errors).toBeUndefined();
    // Within a second of the mutation's answer (the commit); its own duration depends on the machine's load.
    const t0 = Date.now();
    // The payment's and assignment's events may still be on their way (another replica's relay): read past them.
    let event = await sub.next(1_000);
    while (event.data?.demandStatusChanged.status !== 'VERIFIED' && Date.now() - t0 < 1_000) event = await sub.next(Math.max(1, 1_000 - (Date.now() - t0)));
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(event.data!.demandStatusChanged).toMatchObject({
      status: 'VERIFIED',
      demand: { reference: demand.reference, applicant: { displayName: 'Koffi AGBODJAN' }, vehicle: { vin: expect.any(String) } },
    });
    await sub.close();
    await clientB.close();
  });

  it('every subscriber on either router receives each event exactly once, with fields of three subgraphs', async () => {
    const demand = await assignedDemand('PLATE_DUPLICATE', DEMO.vehicleId(3), 'citizen2');
    const auth = { authorization: `Bearer ${(await signIn('citizen2')).accessToken}` };
    const clients = [
      new SimvebClient(graph().routerUrl, auth, auth),
      new SimvebClient(graph().routerUrl, auth, auth),
      new SimvebClient(routerB.url, auth, auth),
      new SimvebClient(routerB.url, auth, auth),
    ];
    const subs = clients.map((c) => c.subscribe(DemandStatusChangedDocument, { demandId: demand.id }));
    // Two subscribers per router share one upstream operation on their router's registration.
    await until(async () => (await routerSubscriptions(routerB.url)).downstream >= 2 && (await routerSubscriptions(graph().routerUrl)).downstream >= 2, 5_000, 'four subscribers');
    expect((await routerSubscriptions(routerB.url)).upstream.registration).toBe(1);
    const res = await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version } });
    expect(res.errors).toBeUndefined();
    for (const sub of subs) {
      const seen: string[] = [];
      // Read for 1.5 s: the VERIFIED event once, never twice (both registrations hear it through Redis; each serves its own router).
      const stopAt = Date.now() + 1_500;
      for (;;) {
        const left = stopAt - Date.now();
        if (left <= 0) break;
        const event = await sub.next(left).catch(() => null);
        if (!event) break;
        expect(event.errors).toBeUndefined();
        seen.push(event.data!.demandStatusChanged.status);
        if (event.data!.demandStatusChanged.status === 'VERIFIED') {
          expect(event.data!.demandStatusChanged.demand).toMatchObject({ reference: demand.reference, applicant: { displayName: 'Koffi AGBODJAN' }, vehicle: { vin: expect.any(String) } });
        }
      }
      expect(seen.filter((s) => s === 'VERIFIED')).toHaveLength(1);
    }
    await Promise.all(subs.map((s) => s.close()));
    await Promise.all(clients.map((c) => c.close()));
  });

  it('when registration restarts, the router resubscribes and the subscriber keeps receiving events', { timeout: 90_000 }, async () => {
    const demand = await assignedDemand('PLATE_DUPLICATE', DEMO.vehicleId(3), 'citizen2');
    const auth = { authorization: `Bearer ${(await signIn('citizen2')).accessToken}` };
    const clientB = new SimvebClient(routerB.url, auth, auth);
    const sub = clientB.subscribe(DemandStatusChangedDocument, { demandId: demand.id });
    await until(async () => (await activeSubscriptions(registrationB.url)) >= 1, 5_000, 'subscription on registration B');
    const port = Number(new URL(registrationB.url).port);
    registrationB.child.proc.kill('SIGKILL');
    await new Promise((r) => registrationB.child.proc.once('exit', r));

    // While it is down, queries that need it say so with the standard code.
    const down = await clientB.request('{ demands(first: 1) { totalCount } }');
    expect(down.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');

    registrationB = await startSubgraph('registration', graph().env, port, false, 'registration-b');
    await until(async () => (await activeSubscriptions(registrationB.url)) >= 1, 10_000, 'the router to resubscribe on the new registration B');
    const res = await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version } });
    expect(res.errors).toBeUndefined();
    let event = await sub.next(3_000);
    while (event.data?.demandStatusChanged.status !== 'VERIFIED') event = await sub.next(3_000);
    expect(event.errors).toBeUndefined();
    expect(event.data!.demandStatusChanged.demand).toMatchObject({ reference: demand.reference, applicant: { displayName: 'Koffi AGBODJAN' } });
    await sub.close();
    await clientB.close();
  });
});
