import { describe, expect, it } from 'vitest';
import { startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild } from '@simveb/dev/launcher/processes';
import { DemandStatusChangedDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { count, graph, until } from '../support/graph';
import { signIn } from '../support/sessions';
import { assignedDemand, advance } from '../support/demands';
import { hasFamily, labelsOf, scrape, value } from '../support/metrics';
import { postFedapayWebhook } from '../support/payments';

/**
 * What Prometheus scrapes: after a scripted workload through the router,
 * /metrics of the router, registration and billing show the expected series,
 * read with a Prometheus text-format parser. The figures are deltas (other
 * test files share these processes), under operation names no other file uses.
 */
describe('Prometheus metrics', () => {
  it('/metrics refuses a scrape without the token, on the public router port and on a subgraph', async () => {
    for (const url of [graph().routerUrl, graph().subgraphUrls.registration]) {
      expect((await fetch(new URL('/metrics', url))).status).toBe(401);
      expect((await fetch(new URL('/metrics', url), { headers: { authorization: 'Bearer not-the-token-at-all' } })).status).toBe(401);
    }
  });

  it('the router counts operations by name and outcome, subgraph fetches, refusals and live subscriptions', async () => {
    const { client: manager } = await signIn('manager');
    const before = await scrape(graph().routerUrl);
    for (let i = 0; i < 3; i++) {
      const res = await manager.request('query MetricsProbeVehicles { vehicles(first: 2) { edges { node { vin holder { displayName } } } } }');
      expect(res.errors).toBeUndefined();
    }
    const invalid = await manager.request('query MetricsProbeInvalid { vehicles(first: 2) { nope } }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = 'vehicles(first: 100) { edges { node { vin plate { number } holder { displayName } } } }';
    const tooCostly = await manager.request(`query MetricsProbeCostly { ${Array.from({ length: 15 }, (_, i) => `a${i}: ${page}`).join(' ')} }`);
    expect(tooCostly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');

    const citizen = (await signIn('citizen')).client.with({});
    const demand = await assignedDemand('GLASS_ENGRAVING', DEMO.vehicleId(2));
    const sub = citizen.subscribe(DemandStatusChangedDocument, { demandId: demand.id });
    await until(async () => value(await scrape(graph().routerUrl), 'simveb_subscriptions') > value(before, 'simveb_subscriptions'), 5_000, 'the subscription in the gauge');
    await advance(demand.id, [['VERIFY', 'agent']]);
    await sub.next(5_000);

    const after = await scrape(graph().routerUrl);
    const delta = (name: string, labels: Record<string, string> = {}) => value(after, name, labels) - value(before, name, labels);
    expect(delta('simveb_graphql_request_duration_seconds_count', { operation: 'MetricsProbeVehicles', type: 'query', outcome: 'ok' })).toBe(3);
    expect(delta('simveb_graphql_request_duration_seconds_count', { operation: 'MetricsProbeInvalid', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('simveb_graphql_request_duration_seconds_count', { operation: 'MetricsProbeCostly', outcome: 'QUERY_TOO_COMPLEX' })).toBe(1);
    expect(delta('simveb_rate_limit_refusals_total', { reason: 'cost', transport: 'http' })).toBeGreaterThanOrEqual(1);
    // vehicles, then holders from identity: at least one fetch of each per probe.
    expect(delta('simveb_subgraph_fetch_duration_seconds_count', { subgraph: 'vehicle', outcome: 'ok' })).toBeGreaterThanOrEqual(3);
    expect(delta('simveb_subgraph_fetch_duration_seconds_count', { subgraph: 'identity', outcome: 'ok' })).toBeGreaterThanOrEqual(3);
    expect(delta('simveb_subscription_events_delivered_total')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'simveb_websocket_connections')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'simveb_subscription_upstream', { subgraph: 'registration' })).toBeGreaterThanOrEqual(1);
    for (const name of ['process_cpu_seconds_total', 'nodejs_eventloop_lag_p99_seconds', 'simveb_subscription_pending_events']) expect(hasFamily(after, name), name).toBe(true);
    // Every series says which process it came from.
    expect(labelsOf(after, 'process_cpu_seconds_total')).toMatchObject({ service: 'router' });
    await sub.close();
    await citizen.close();
  }, 60_000);

  it('registration shows its queues as the database has them, its pool and its outbox; billing counts webhooks by outcome', async () => {
    const reg = await scrape(graph().subgraphUrls.registration);
    const submitted = await count('registration', "select count(*) from demand where status = 'ASSIGNED'");
    const overdue = await count('registration', "select count(*) from demand where status = 'ASSIGNED' and due_at < now()");
    // Other files move demands meanwhile: the gauge is read within a few of the database's count.
    expect(Math.abs(value(reg, 'simveb_demands_open', { status: 'ASSIGNED' }) - submitted)).toBeLessThanOrEqual(20);
    expect(Math.abs(value(reg, 'simveb_demands_overdue', { status: 'ASSIGNED' }) - overdue)).toBeLessThanOrEqual(20);
    expect(value(reg, 'simveb_demands_overdue')).toBeGreaterThan(0); // the demo seeds late demands
    expect(value(reg, 'simveb_db_pool_connections', { state: 'max' })).toBeGreaterThan(0);
    expect(hasFamily(reg, 'simveb_outbox_lag_seconds')).toBe(true);
    expect(value(reg, 'simveb_outbox_events_published_total', { topic: 'demand.status' })).toBeGreaterThan(0);
    expect(value(reg, 'simveb_feed_consumer_lag_seconds', { source: 'billing' })).toBeLessThan(60);

    const billingBefore = await scrape(graph().subgraphUrls.billing);
    expect(await postFedapayWebhook('{"id":1,"name":"transaction.approved","entity":{}}', 't=1,s=forged')).toBe(401);
    const billingAfter = await scrape(graph().subgraphUrls.billing);
    const refused = { provider: 'fedapay', outcome: 'refused' };
    expect(value(billingAfter, 'simveb_payment_webhooks_total', refused) - value(billingBefore, 'simveb_payment_webhooks_total', refused)).toBe(1);
  }, 60_000);

  it('METRICS_ENABLED=false: the router serves no /metrics and still answers', async () => {
    const router = await startRouterProcess({ ...graph().env, METRICS_ENABLED: 'false' }, await freePort(), graph().subgraphUrls, false, 'router-no-metrics');
    try {
      const token = graph().env.METRICS_TOKEN ?? graph().env.INTERNAL_TOKEN!;
      expect((await fetch(new URL('/metrics', router.url), { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
      const { accessToken } = await signIn('manager');
      const res = await fetch(router.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ query: '{ vehicles(first: 1) { edges { node { vin holder { displayName } } } } }' }),
      });
      const body = (await res.json()) as { data?: { vehicles: { edges: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.vehicles.edges).toHaveLength(1);
    } finally {
      await stopChild(router.child);
    }
  }, 60_000);
});
