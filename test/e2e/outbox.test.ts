import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemandStatusChangedDocument, SimvebClient, TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { startRouterProcess, startSubgraph } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { activeSubscriptions, count, db, graph, until } from '../support/graph';
import { assignedDemand } from '../support/demands';
import { inbox, signIn } from '../support/sessions';

/**
 * A registration process that commits but never publishes (its relay is
 * off), killed with SIGKILL right after a committed transition: the event is
 * in the outbox, so the other replica's relay publishes it to the subscriber,
 * and identity, reading the outbox feed, sends the SMS exactly once.
 */
describe.skipIf(!graph().redisUrl)('events survive a crash after commit', () => {
  let doomed: { child: Child; url: string };
  let doomedRouter: { child: Child; url: string };

  beforeAll(async () => {
    const env = { ...graph().env, OUTBOX_RELAY_DISABLED: 'true' };
    doomed = await startSubgraph('registration', env, await freePort(), false, 'registration-doomed');
    doomedRouter = await startRouterProcess(graph().env, await freePort(), { ...graph().subgraphUrls, registration: doomed.url }, false, 'router-doomed');
  }, 120_000);

  afterAll(async () => {
    await stopChild(doomedRouter.child);
    await stopChild(doomed.child);
  });

  it('the subscriber still receives the event and the SMS is sent once', async () => {
    const demand = await assignedDemand('GLASS_ENGRAVING', DEMO.vehicleId(2));
    const citizen = (await signIn('citizen')).client.with({});
    const sub = citizen.subscribe(DemandStatusChangedDocument, { demandId: demand.id });
    await until(async () => (await activeSubscriptions(graph().subgraphUrls.registration)) >= 1, 5_000, 'subscription');
    await new Promise((r) => setTimeout(r, 200));

    const agent = new SimvebClient(doomedRouter.url, { authorization: `Bearer ${(await signIn('agent')).accessToken}` });
    const res = await agent.request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'REJECT', expectedVersion: demand.version, reason: 'Vignette manquante' } });
    expect(res.errors).toBeUndefined();
    doomed.child.proc.kill('SIGKILL');
    // Committed, not published by the process that wrote it.
    expect(await count('registration', "select count(*) from outbox where payload->>'demandId' = $1 and payload->>'status' = 'REJECTED'", [demand.id])).toBe(1);

    // Earlier steps of this demand may arrive first (the doomed replica handled some of them too).
    let event = await sub.next(5_000);
    while (event.data?.demandStatusChanged.status !== 'REJECTED') event = await sub.next(5_000);
    expect(event.data!.demandStatusChanged).toMatchObject({ status: 'REJECTED', previousStatus: 'ASSIGNED', demand: { id: demand.id } });

    const phone = DEMO.persons.citizen.phone;
    const sms = async () => (await inbox(phone)).filter((m) => m.body.includes(demand.reference) && m.body.includes('rejetée'));
    await until(async () => (await sms()).length >= 1, 10_000, 'the SMS');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await sms()).toHaveLength(1);
    await sub.close();
    await citizen.close();
  }, 60_000);
});

/**
 * The event feed serves an event only once every older transaction of the
 * cluster has ended (a reader must not skip one still committing). A
 * transaction left open elsewhere — a slow request, a long report — would so
 * hold a payment's effect back for as long as it stays open; registration
 * handles billing's pushed event at once instead, once, through the same inbox.
 */
describe.skipIf(!graph().redisUrl)('a paid demand moves at once, even while an older transaction is open', () => {
  it('paid at the counter while another transaction holds the feed back: the demand leaves AWAITING_PAYMENT meanwhile, moved once', async () => {
    const { DEMO: demo } = await import('@simveb/platform/demo');
    const { fileDemand, registeredVehicleOf } = await import('../support/demands');
    const { RecordCounterPaymentDocument, DemandWorkflowDocument } = await import('@simveb/clients/sdk');
    const { vehicleId } = await registeredVehicleOf(demo.persons.citizen.id);
    const filed = await fileDemand((await signIn('citizen')).client, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    const agent = (await signIn('agent')).client;
    let orderId = '';
    await until(async () => Boolean((orderId = (await agent.request(DemandWorkflowDocument, { id: filed.id })).data?.demand?.order?.id ?? '')), 10_000, 'the order');

    // An older transaction with an id, left open: the billing feed serves nothing newer until it ends.
    await db('billing', async (holder) => {
      await holder.query('begin');
      try {
        await holder.query('select txid_current()');
        const paid = await agent.request(RecordCounterPaymentDocument, { orderId, receiptNumber: `R-HOLD-${Date.now()}` });
        expect(paid.errors).toBeUndefined();
        // While it is open the feed cannot serve the payment at all: the demand moving now is the pushed event's doing.
        await until(async () => (await agent.request(DemandWorkflowDocument, { id: filed.id })).data?.demand?.status !== 'AWAITING_PAYMENT', 8_000, 'the demand to move');
      } finally {
        await holder.query('rollback');
      }
    });
    // The feed serves the same event now: the inbox says it was handled, nothing moves twice.
    await new Promise((r) => setTimeout(r, 1_500));
    const moves = await count('registration', "select count(*) from demand_event where demand_id = $1 and action = 'CONFIRM_PAYMENT'", [filed.id]);
    expect(moves).toBe(1);
  });
});
