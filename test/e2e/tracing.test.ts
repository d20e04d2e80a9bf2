import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DemandOrderDocument, InitiatePaymentDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { graph, until } from '../support/graph';
import { inbox, signIn } from '../support/sessions';
import { fileDemand, registeredVehicleOf } from '../support/demands';
import { payOnFedapay, signedWith } from '../support/payments';
import type { ReceivedSpan } from '../support/otlp-receiver';

/**
 * Traces as an operator reads them in a tracing backend: the processes export
 * OTLP to the run's receiver (test/support/otlp-receiver.ts). Only traces
 * started here are recorded (parent-based sampling, ratio 0 for the rest), so
 * each test starts one with a sampled W3C traceparent, like a traced client.
 */
const newTrace = () => {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
};

async function spansOf(traceId: string): Promise<ReceivedSpan[]> {
  const receiver = new URL(graph().env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT!).origin;
  return (await (await fetch(`${receiver}/spans?traceId=${traceId}`)).json()) as ReceivedSpan[];
}

/** Every span's ancestors up the trace, to say "under". */
const ancestorsOf = (span: ReceivedSpan, all: ReceivedSpan[]) => {
  const byId = new Map(all.map((s) => [s.spanId, s]));
  const out: ReceivedSpan[] = [];
  for (let p = byId.get(span.parentSpanId); p; p = byId.get(p.parentSpanId)) out.push(p);
  return out;
};

describe('one trace per request, across the graph', () => {
  it('a query through the router: router span, a fetch per subgraph, each subgraph’s span under it, SQL under those', async () => {
    const { accessToken } = await signIn('manager');
    const { traceId, traceparent } = newTrace();
    const res = await fetch(graph().routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, traceparent },
      body: JSON.stringify({ query: 'query TracedVehicles { vehicles(first: 3) { edges { node { vin holder { displayName } plate { number } } } } }' }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

    let spans: ReceivedSpan[] = [];
    await until(
      async () => {
        spans = await spansOf(traceId);
        return ['simveb-router', 'simveb-vehicle', 'simveb-identity', 'simveb-registration'].every((s) => spans.some((x) => x.service === s && x.kind === 2));
      },
      10_000,
      'spans from the router and the three subgraphs',
    );

    const root = spans.find((s) => s.service === 'simveb-router' && s.kind === 2)!;
    expect(root.name).toBe('query TracedVehicles');
    expect(root.attributes).toMatchObject({ 'graphql.operation.name': 'TracedVehicles', 'graphql.operation.type': 'query', 'http.response.status_code': 200 });
    for (const subgraph of ['vehicle', 'identity', 'registration']) {
      const fetchSpan = spans.find((s) => s.service === 'simveb-router' && s.name === `fetch ${subgraph}`);
      expect(fetchSpan, `fetch ${subgraph}`).toBeDefined();
      expect(ancestorsOf(fetchSpan!, spans)).toContain(root);
      const server = spans.find((s) => s.service === `simveb-${subgraph}` && s.kind === 2 && s.parentSpanId === fetchSpan!.spanId);
      expect(server, `${subgraph}'s span under the router's fetch`).toBeDefined();
      const sql = spans.filter((s) => s.service === `simveb-${subgraph}` && s.attributes['db.system'] === 'postgresql' && ancestorsOf(s, spans).includes(server!));
      expect(sql.length, `${subgraph}'s SQL spans`).toBeGreaterThan(0);
      // Statements with placeholders, never values.
      expect(String(sql[0]!.attributes['db.query.text'])).toMatch(/^(select|insert|update|with|begin|set)/i);
    }
  }, 30_000);

  it('a trace its caller chose not to sample records nothing anywhere, and the answer is the same', async () => {
    const { accessToken } = await signIn('manager');
    const { traceId, traceparent } = newTrace();
    const unsampled = traceparent.replace(/-01$/, '-00');
    const query = JSON.stringify({ query: 'query UntracedVehicles { vehicles(first: 3) { edges { node { vin holder { displayName } plate { number } } } } }' });
    const res = await fetch(graph().routerUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, traceparent: unsampled }, body: query });
    const body = (await res.json()) as { data?: { vehicles: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.vehicles.edges).toHaveLength(3);
    // A sampled request sent after it is received in full: by then the unsampled one would have been too.
    const control = newTrace();
    await fetch(graph().routerUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, traceparent: control.traceparent }, body: query });
    await until(async () => (await spansOf(control.traceId)).some((s) => s.service === 'simveb-vehicle'), 10_000, 'the control trace');
    expect(await spansOf(traceId)).toEqual([]);
  }, 30_000);

  it('a malformed or oversized traceparent is ignored, never an error', async () => {
    const { accessToken } = await signIn('manager');
    for (const traceparent of ['garbage', '00-zz-zz-01', `00-${'0'.repeat(32)}-${'0'.repeat(16)}-01`, `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01-${'x'.repeat(4_000)}`]) {
      const res = await fetch(graph().routerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, traceparent },
        body: JSON.stringify({ query: '{ vehicles(first: 1) { edges { node { vin } } } }' }),
      });
      expect(res.status, traceparent.slice(0, 40)).toBe(200);
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
  });

  it('a paid FedaPay webhook: the SMS it causes (billing → registration → identity, through two event feeds) is in the webhook’s trace', async () => {
    const session = await signIn('citizen');
    const citizen = session.client;
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const filed = await fileDemand(citizen, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    let order: { id: string; total: number } | undefined;
    await until(async () => !!(order = (await citizen.request(DemandOrderDocument, { id: filed.id })).data?.demand?.order ?? undefined), 10_000, 'the order');
    const started = (await citizen.request(InitiatePaymentDocument, { input: { orderId: order!.id, provider: 'FEDAPAY' } })).data!.initiatePayment;
    const paid = await payOnFedapay(started.redirectUrl, 'approved', 'drop');

    // FedaPay's webhook, as FedaPay sends it, from a traced caller.
    const { traceId, traceparent } = newTrace();
    const body = JSON.stringify({
      id: Date.now(),
      name: 'transaction.approved',
      object: 'transaction',
      entity: { id: paid.id, reference: `trx_${paid.id}`, amount: order!.total, status: 'approved', currency: { iso: 'XOF' }, custom_metadata: { payment_id: started.payment.id } },
      created_at: new Date().toISOString(),
    });
    const hook = await fetch(new URL('/webhooks/fedapay', graph().subgraphUrls.billing), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fedapay-signature': signedWith(body), traceparent },
      body,
    });
    expect(hook.status).toBe(200);

    await until(async () => (await inbox(DEMO.persons.citizen.phone)).some((m) => m.body.includes(filed.reference) && m.body.includes('paiement reçu')), 15_000, 'the SMS');
    let spans: ReceivedSpan[] = [];
    await until(async () => (spans = await spansOf(traceId)).some((s) => s.service === 'simveb-identity' && s.name === 'send sms'), 10_000, 'the SMS send in the webhook’s trace');

    const webhook = spans.find((s) => s.service === 'simveb-billing' && s.kind === 2 && s.name === 'POST /webhooks')!;
    expect(webhook).toBeDefined();
    const sms = spans.find((s) => s.service === 'simveb-identity' && s.name === 'send sms')!;
    const chain = ancestorsOf(sms, spans);
    expect(chain.map((s) => `${s.service} ${s.name}`)).toEqual(
      expect.arrayContaining(['simveb-identity consume demand.status', 'simveb-registration consume payment.confirmed', 'simveb-billing POST /webhooks']),
    );
    expect(chain.at(-1)).toEqual(webhook);
  }, 60_000);
});
