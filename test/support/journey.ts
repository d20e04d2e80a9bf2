/**
 * A citizen's whole journey against any running graph, as a person would walk
 * it through the router: sign in, upload documents, file, pay on the provider's
 * page (simulator), watch the status change live, staff treat the demand to
 * CLOSED, download the gray card, verify it. Used by the `npm start` smoke test,
 * so it takes every address explicitly (no test-run globals).
 */
import { expect } from 'vitest';
import { DemandStatusChangedDocument, DemandWorkflowDocument, InitiatePaymentDocument, SimvebClient, SubmitDemandDocument, TransitionDemandDocument } from '@simveb/clients/sdk';
import { loginDemoUser, type DemoUser } from '@simveb/clients/sdk/dev-sessions';
import { PDF, PRINTED_PATH, SIMPLE_PATH } from './demands';

export interface JourneyGraph {
  routerUrl: string;
  sinkUrl: string;
}

const clients = new Map<string, SimvebClient>();

async function as(g: JourneyGraph, who: DemoUser): Promise<SimvebClient> {
  const key = `${g.routerUrl}:${who}`;
  if (!clients.has(key)) {
    const t = await loginDemoUser(g.routerUrl, g.sinkUrl, who);
    const bearer = { authorization: `Bearer ${t.accessToken}` };
    clients.set(key, new SimvebClient(g.routerUrl, bearer, bearer));
  }
  return clients.get(key)!;
}

async function poll<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function uploadAs(g: JourneyGraph, client: SimvebClient, type: string): Promise<string> {
  const res = await fetch(new URL('/documents', g.routerUrl), {
    method: 'POST',
    headers: { ...client.headers, 'content-type': 'application/octet-stream', 'x-document-type': type, 'x-file-name': `${type}.pdf` },
    body: PDF,
  });
  const body = (await res.json()) as { id?: string };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.id!;
}

async function demand(client: SimvebClient, id: string) {
  const res = await client.request(DemandWorkflowDocument, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.demand!;
}

/** Files a demand on the demo citizen's first vehicle with its documents, pays it on a provider page, waits for the live event. */
export async function fileAndPay(g: JourneyGraph, serviceCode: string, documents: string[], provider: 'FEDAPAY' | 'KKIAPAY') {
  const citizen = await as(g, 'citizen');
  const vehicleRes = await citizen.request('{ me { person { vehicles(first: 1) { edges { node { id } } } } } }');
  expect(vehicleRes.errors).toBeUndefined();
  const vehicleId = (vehicleRes.data as { me: { person: { vehicles: { edges: { node: { id: string } }[] } } } }).me.person.vehicles.edges[0]!.node.id;
  const documentIds: string[] = [];
  for (const type of documents) documentIds.push(await uploadAs(g, citizen, type));
  const filed = await citizen.request(SubmitDemandDocument, { input: { serviceCode, vehicleId, documentIds } });
  expect(filed.errors).toBeUndefined();
  const { id, reference } = filed.data!.submitDemand;
  expect(filed.data!.submitDemand.status).toBe('AWAITING_PAYMENT');

  const watcher = new SimvebClient(g.routerUrl, {}, citizen.connectionParams);
  const live = watcher.subscribe(DemandStatusChangedDocument, { demandId: id });
  await watcher.connected();
  // The router has the subscription once connection_init is acknowledged; give the upstream a moment.
  await new Promise((r) => setTimeout(r, 500));

  const orderId = await poll('billing to create the order', async () => (await demand(citizen, id)).order?.id ?? undefined);
  const started = await citizen.request(InitiatePaymentDocument, { input: { orderId, provider } });
  expect(started.errors).toBeUndefined();
  const redirect = new URL(started.data!.initiatePayment.redirectUrl);
  if (provider === 'FEDAPAY') {
    const paid = await fetch(redirect, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ outcome: 'approved' }) });
    expect(paid.status).toBe(200);
  } else {
    const s = redirect.searchParams;
    const paid = await fetch(new URL('/widget/pay', redirect), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: s.get('key'), amount: Number(s.get('amount')), data: s.get('data'), outcome: 'success' }),
    });
    expect(paid.status).toBe(200);
  }
  const event = await live.next(20_000);
  expect(event.errors).toBeUndefined();
  // Cross-subgraph fields of the event: registration (demand), vehicle (vin), identity (applicant).
  expect(event.data!.demandStatusChanged).toMatchObject({
    previousStatus: 'AWAITING_PAYMENT',
    demand: { id, reference, vehicle: { vin: expect.any(String) }, applicant: { displayName: 'Adjoa HOUNKPATIN' } },
  });
  await live.close();
  await watcher.close();
  const paid = await poll('the demand to be paid and assigned', async () => {
    const d = await demand(citizen, id);
    return d.paymentStatus === 'PAID' && d.status === 'ASSIGNED' ? d : undefined;
  });
  return { id, reference, vehicleId, demand: paid };
}

/** Staff and the printer take a printed demand from ASSIGNED to CLOSED. */
export async function treatPrinted(g: JourneyGraph, demandId: string): Promise<void> {
  const manager = await as(g, 'manager');
  for (const [action, who] of PRINTED_PATH as [string, DemoUser][]) {
    const d = await demand(manager, demandId);
    let extra: Record<string, string> = {};
    if (action === 'MARK_PRINTED') {
      const po = await manager.request<{ demand: { printOrder: { holderCode: string } } }, { id: string }>('query($id: ID!) { demand(id: $id) { printOrder { holderCode } } }', { id: demandId });
      const tag = `${Date.now().toString(16)}`.toUpperCase().padStart(24, 'A');
      extra = { holderCode: po.data!.demand.printOrder.holderCode, plateSerial: `PL-${tag.slice(-10)}`, rfidTag: tag };
    }
    const res = await (await as(g, who)).request(TransitionDemandDocument, { input: { demandId, action: action as never, expectedVersion: d.version, ...extra } });
    expect(res.errors, `${action} by ${who}`).toBeUndefined();
  }
  expect((await demand(manager, demandId)).status).toBe('CLOSED');
}

/** Simple (not printed) services: ASSIGNED to CLOSED. */
export async function treatSimple(g: JourneyGraph, demandId: string): Promise<void> {
  const manager = await as(g, 'manager');
  for (const [action, who] of SIMPLE_PATH as [string, DemoUser][]) {
    const d = await demand(manager, demandId);
    const res = await (await as(g, who)).request(TransitionDemandDocument, { input: { demandId, action: action as never, expectedVersion: d.version } });
    expect(res.errors, `${action} by ${who}`).toBeUndefined();
  }
  expect((await demand(manager, demandId)).status).toBe('CLOSED');
}

/** The citizen's gray card in force: downloaded as a PDF, verified VALID; an altered code is INVALID. */
export async function grayCardVerified(g: JourneyGraph, vehicleId: string): Promise<string> {
  const citizen = await as(g, 'citizen');
  const res = await citizen.request<{ vehicle: { grayCard: { number: string; status: string; pdfPath: string; verificationCode: string } | null } }, { id: string }>(
    'query($id: ID!) { vehicle(id: $id) { grayCard { number status pdfPath verificationCode } } }',
    { id: vehicleId },
  );
  expect(res.errors).toBeUndefined();
  const card = res.data!.vehicle.grayCard!;
  expect(card.status).toBe('VALID');
  const pdf = await fetch(new URL(card.pdfPath, g.routerUrl), { headers: citizen.headers });
  expect(pdf.status).toBe(200);
  expect(
    Buffer.from(await pdf.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  const anon = new SimvebClient(g.routerUrl);
  const verify = (code: string) =>
    anon.request<{ verifyDocument: { valid: boolean; status: string } }, { code: string }>('query($code: String!) { verifyDocument(code: $code) { valid status } }', { code });
  expect((await verify(card.verificationCode)).data!.verifyDocument).toEqual({ valid: true, status: 'VALID' });
  const altered = card.verificationCode.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  expect((await verify(altered)).data!.verifyDocument.valid).toBe(false);
  return card.number;
}

/** Forget signed-in clients (a restarted graph has new ports and new keys). */
export function forgetSessions(): void {
  clients.clear();
}
