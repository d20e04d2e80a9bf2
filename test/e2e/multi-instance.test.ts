import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimvebClient } from '@simveb/clients/sdk';
import { DemandStatusChangedDocument, TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { startRouterProcess, startSubgraph } from '@simveb/platform/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/platform/launcher/processes';
import { activeSubscriptions, graph, until } from '../support/graph';
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

  it('when the subgraph behind a subscription dies, the subscriber gets an error instead of a hang', async () => {
    const auth = { authorization: `Bearer ${(await signIn('citizen2')).accessToken}` };
    const clientB = new SimvebClient(routerB.url, auth, auth);
    const sub = clientB.subscribe(DemandStatusChangedDocument, { applicantId: DEMO.persons.citizen2.id });
    await until(async () => (await activeSubscriptions(registrationB.url)) >= 1, 5_000, 'subscription on registration B');
    registrationB.child.proc.kill('SIGKILL');
    const event = await sub.next(5_000);
    expect(event.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(event.errors?.[0]?.message).toMatch(/registration/);
    await sub.close();
    await clientB.close();

    // Queries that need the dead subgraph say so too, with the standard code.
    const res = await clientB.request('{ demands(first: 1) { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
