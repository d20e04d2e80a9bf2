import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ConfirmPaymentDocument,
  DemandOrderDocument,
  DemandStatusChangedDocument,
  InitiatePaymentDocument,
  MyWalletDocument,
  PayOrderWithWalletDocument,
  QuoteDocument,
  ReconcilePaymentsDocument,
  RefundPaymentDocument,
  TopUpWalletDocument,
  type SimvebClient,
} from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { newId } from '@simveb/platform/ids';
import { activeSubscriptions, count, db, graph, router, until } from '../support/graph';
import { outsideServiceOfItsOwn } from '../support/outside-service';
import { as, inbox, signIn } from '../support/sessions';
import { fileDemand, registeredVehicleOf } from '../support/demands';
import { payOnFedapay, payOnKkiapay, postFedapayWebhook, signedWith } from '../support/payments';

const DEMO_BANK_ID = '0190a000-0000-7000-8000-000000000201';
const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

/** A fresh demand of the demo citizen awaiting payment, with the order billing made for it. */
async function awaitingPayment(citizen: SimvebClient, serviceCode = 'GLASS_ENGRAVING', extra: Record<string, unknown> = {}, holder: 'citizen' | 'citizen2' = 'citizen') {
  const { vehicleId } = await registeredVehicleOf(DEMO.persons[holder].id);
  const filed = await fileDemand(citizen, { serviceCode, vehicleId, ...extra });
  expect(filed.status).toBe('AWAITING_PAYMENT');
  let order: NonNullable<NonNullable<Awaited<ReturnType<typeof demandOrder>>>['order']> | null = null;
  await until(
    async () => {
      order = (await demandOrder(citizen, filed.id))?.order ?? null;
      return order !== null;
    },
    10_000,
    'billing to create the order',
  );
  return { demandId: filed.id, vehicleId, order: order! };
}

async function demandOrder(who: SimvebClient, id: string) {
  const res = await who.request(DemandOrderDocument, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.demand;
}

describe('tariffs and quotes', () => {
  it('a quote gives the lines and total the order will have; variations apply', async () => {
    const citizen = await as('citizen');
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const base = await citizen.request(QuoteDocument, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    expect(base.errors).toBeUndefined();
    expect(base.data!.quote).toMatchObject({ vehicleCategory: 'PRIVATE_CAR', total: 11_000 });
    const urgent = await citizen.request(QuoteDocument, { serviceCode: 'GLASS_ENGRAVING', vehicleId, urgent: true });
    expect(urgent.data!.quote.total).toBe(21_000);
    const company = await citizen.request(QuoteDocument, { serviceCode: 'IMMATRICULATION_STANDARD', holderKind: 'COMPANY' });
    expect(company.data!.quote.lines.map((l) => l.label)).toContain('Supplément personne morale');

    // Filed urgently, the order costs what the urgent quote said.
    const filed = await fileDemand(citizen, { serviceCode: 'GLASS_ENGRAVING', vehicleId, urgent: true } as never);
    await until(async () => (await demandOrder(citizen, filed.id))?.order != null, 10_000, 'order');
    const order = (await demandOrder(citizen, filed.id))!.order!;
    expect(order.total).toBe(21_000);
    expect(order.lines).toEqual(urgent.data!.quote.lines);

    const bad = await citizen.request(QuoteDocument, { serviceCode: 'NO_SUCH_SERVICE' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const anonymous = await router().request(QuoteDocument, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('an admin change is dated and audited; past prices stay; others are refused', async () => {
    const admin = await as('admin');
    const set = (client: SimvebClient, input: Record<string, unknown>) => client.request('mutation($i: SetTariffInput!) { setTariff(input: $i) { id amount effectiveFrom } }', { i: input });
    const future = '2032-01-01T00:00:00.000Z';
    const ok = await set(admin, { serviceCode: 'TITLE_RECOVERY', component: 'SERVICE_FEE', label: 'Frais de service', amount: 7_500, effectiveFrom: future });
    expect(ok.errors).toBeUndefined();
    const now = await router().request<{ tariffs: { amount: number; component: string }[] }, Record<string, unknown>>(
      'query($at: DateTime) { tariffs(serviceCode: "TITLE_RECOVERY", at: $at) { amount component } }',
      {},
    );
    expect(now.data!.tariffs.find((t) => t.component === 'SERVICE_FEE')!.amount).toBe(5_000);
    const later = await router().request<{ tariffs: { amount: number; component: string }[] }, Record<string, unknown>>(
      'query($at: DateTime) { tariffs(serviceCode: "TITLE_RECOVERY", at: $at) { amount component } }',
      { at: '2032-06-01T00:00:00Z' },
    );
    expect(later.data!.tariffs.find((t) => t.component === 'SERVICE_FEE')!.amount).toBe(7_500);
    expect(await count('billing', "select count(*) from audit_entry where action = 'tariff.set' and detail->>'serviceCode' = 'TITLE_RECOVERY'")).toBeGreaterThanOrEqual(1);
    expect(codeOf(await set(admin, { serviceCode: 'TITLE_RECOVERY', component: 'SERVICE_FEE', label: 'Frais', amount: 1, effectiveFrom: '2020-01-01T00:00:00Z' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await set(admin, { serviceCode: 'TITLE_RECOVERY', component: 'STAMP_DUTY', label: 'Timbre', amount: -5 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await set(await as('agent'), { serviceCode: 'TITLE_RECOVERY', component: 'SERVICE_FEE', label: 'Frais', amount: 1 }))).toBe('FORBIDDEN');
  });
});

describe('paying online', () => {
  it('end to end through the router: quote, pay with FedaPay, live status, receipt downloaded and verified', async () => {
    const session = await signIn('citizen');
    const citizen = session.client;
    const { demandId, vehicleId, order } = await awaitingPayment(citizen);
    const quote = await citizen.request(QuoteDocument, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    expect(order.total).toBe(quote.data!.quote.total);
    expect(order.status).toBe('PENDING');

    const watcher = citizen.with({});
    const sub = watcher.subscribe(DemandStatusChangedDocument, { demandId });
    await until(async () => (await activeSubscriptions(graph().subgraphUrls.registration)) >= 1);
    await new Promise((r) => setTimeout(r, 300));

    const started = await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'FEDAPAY' } });
    expect(started.errors).toBeUndefined();
    expect(started.data!.initiatePayment.payment).toMatchObject({ status: 'PENDING', amount: order.total, provider: 'FEDAPAY' });
    // Asking again gives the same session, not a second transaction.
    const again = await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'FEDAPAY' } });
    expect(again.data!.initiatePayment.payment.id).toBe(started.data!.initiatePayment.payment.id);

    const paid = await payOnFedapay(started.data!.initiatePayment.redirectUrl);
    expect(paid.webhookStatus).toBe(200);
    const ev = await sub.next(10_000);
    expect(ev.data!.demandStatusChanged).toMatchObject({ previousStatus: 'AWAITING_PAYMENT', demand: { id: demandId } });
    await sub.close();
    await watcher.close();

    const after = (await demandOrder(citizen, demandId))!;
    expect(after.paymentStatus).toBe('PAID');
    expect(after.order!.status).toBe('PAID');
    expect(after.order!.invoice!.number).toMatch(/^FAC-\d{4}-\d{6}$/);
    const payment = after.order!.payments.find((p) => p.status === 'APPROVED')!;
    expect(payment.receiptPath).toBe(`/documents/receipts/${payment.id}.pdf`);

    const base = new URL(graph().routerUrl).origin;
    const pdf = await fetch(`${base}${payment.receiptPath}`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const invoicePdf = await fetch(`${base}${after.order!.invoice!.pdfPath}`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(invoicePdf.status).toBe(200);
    // Another citizen, or nobody, cannot download it.
    const other = await signIn('citizen2');
    expect((await fetch(`${base}${payment.receiptPath}`, { headers: { authorization: `Bearer ${other.accessToken}` } })).status).toBe(404);
    expect((await fetch(`${base}${payment.receiptPath}`)).status).toBe(401);
    expect((await other.client.request(DemandOrderDocument, { id: demandId })).data?.demand ?? null).toBeNull();

    const verify = (code: string) =>
      router().request<{ verifyDocument: { valid: boolean; status: string; kind: string | null; number: string | null; amount: number | null } }, { code: string }>(
        'query($code: String!) { verifyDocument(code: $code) { valid status kind number amount } }',
        { code },
      );
    expect((await verify(payment.receiptVerificationCode!)).data!.verifyDocument).toEqual({ valid: true, status: 'VALID', kind: 'RECEIPT', number: after.order!.invoice!.number, amount: order.total });
    expect((await verify(after.order!.invoice!.verificationCode)).data!.verifyDocument).toMatchObject({ valid: true, kind: 'INVOICE', amount: order.total });
    const altered = payment.receiptVerificationCode!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await verify(altered)).data!.verifyDocument).toMatchObject({ valid: false, status: 'INVALID', kind: null });

    // The citizen is told by SMS and by e-mail, once each.
    const reference = ev.data!.demandStatusChanged.demand.reference;
    await until(async () => (await inbox(DEMO.persons.citizen.email)).some((m) => m.body.includes(reference) && m.body.includes('paiement reçu')), 10_000, 'e-mail');
    expect((await inbox(DEMO.persons.citizen.email)).filter((m) => m.body.includes(reference) && m.body.includes('paiement reçu'))).toHaveLength(1);
    expect((await inbox(DEMO.persons.citizen.phone)).filter((m) => m.body.includes(reference) && m.body.includes('paiement reçu'))).toHaveLength(1);

    // Paid is paid: no second payment.
    expect(codeOf(await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'KKIAPAY' } }))).toBe('CONFLICT');
  });

  it('KKiaPay: the webhook is only a hint, the verify API decides; a declined payment leaves the order unpaid', async () => {
    const citizen = await as('citizen');
    const { demandId, order } = await awaitingPayment(citizen);
    const failed = await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'KKIAPAY' } });
    await payOnKkiapay(failed.data!.initiatePayment.redirectUrl, { outcome: 'failed' });
    await until(async () => (await demandOrder(citizen, demandId))!.order!.payments.some((p) => p.status === 'DECLINED'), 10_000, 'declined');
    expect((await demandOrder(citizen, demandId))!.order!.status).toBe('PENDING');
    // A webhook with the wrong secret is refused, whatever it claims.
    const forged = await fetch(new URL('/webhooks/kkiapay', graph().subgraphUrls.billing), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kkiapay-secret': 'guess' },
      body: JSON.stringify({ transactionId: 'abc', isPaymentSucces: true, amount: order.total, stateData: failed.data!.initiatePayment.payment.id }),
    });
    expect(forged.status).toBe(401);

    const retry = await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'KKIAPAY' } });
    expect(retry.data!.initiatePayment.payment.id).not.toBe(failed.data!.initiatePayment.payment.id);
    const ok = await payOnKkiapay(retry.data!.initiatePayment.redirectUrl);
    expect(ok.webhookStatus).toBe(200);
    await until(async () => (await demandOrder(citizen, demandId))!.paymentStatus === 'PAID', 10_000, 'paid');
    const d = (await demandOrder(citizen, demandId))!;
    expect(d.order!.payments.find((p) => p.status === 'APPROVED')!.providerTransactionId).toBe(ok.transactionId);
    await until(async () => (await demandOrder(citizen, demandId))!.status !== 'AWAITING_PAYMENT', 10_000, 'demand to move');
  });

  it('a provider reference of another order or another person’s payment cannot pay this order', async () => {
    const citizen = await as('citizen');
    const a = await awaitingPayment(citizen);
    const b = await awaitingPayment(citizen);
    const pa = (await citizen.request(InitiatePaymentDocument, { input: { orderId: a.order.id, provider: 'KKIAPAY' } })).data!.initiatePayment;
    const pb = (await citizen.request(InitiatePaymentDocument, { input: { orderId: b.order.id, provider: 'KKIAPAY' } })).data!.initiatePayment;
    // Order A is paid at KKiaPay; its webhook is lost, the browser holds the transaction id.
    const paidA = await payOnKkiapay(pa.redirectUrl, { webhook: 'drop' });
    // Presenting A's transaction for B's payment: refused, flagged, B stays unpaid.
    const cross = await citizen.request(ConfirmPaymentDocument, { input: { paymentId: pb.payment.id, providerTransactionId: paidA.transactionId } });
    expect(codeOf(cross)).toBe('BAD_USER_INPUT');
    expect((await demandOrder(citizen, b.demandId))!.order!.status).toBe('PENDING');
    expect(await count('billing', "select count(*) from payment_anomaly where kind = 'FOREIGN_TRANSACTION' and payment_id = $1", [pa.payment.id])).toBe(1);
    // Another person cannot confirm (or even see) A's payment.
    const other = await as('citizen2');
    expect(codeOf(await other.request(ConfirmPaymentDocument, { input: { paymentId: pa.payment.id, providerTransactionId: paidA.transactionId } }))).toBe('NOT_FOUND');
    expect(codeOf(await other.request(InitiatePaymentDocument, { input: { orderId: a.order.id, provider: 'FEDAPAY' } }))).toBe('NOT_FOUND');
    // A transaction KKiaPay never made is not trusted either.
    expect(codeOf(await citizen.request(ConfirmPaymentDocument, { input: { paymentId: pb.payment.id, providerTransactionId: 'made-up-by-browser' } }))).toBe('BAD_USER_INPUT');
    expect((await demandOrder(citizen, b.demandId))!.order!.status).toBe('PENDING');
    // The rightful confirmation pays A, once.
    const own = await citizen.request(ConfirmPaymentDocument, { input: { paymentId: pa.payment.id, providerTransactionId: paidA.transactionId } });
    expect(own.errors).toBeUndefined();
    expect(own.data!.confirmPayment.status).toBe('APPROVED');
    expect((await citizen.request(ConfirmPaymentDocument, { input: { paymentId: pa.payment.id, providerTransactionId: paidA.transactionId } })).data!.confirmPayment.status).toBe('APPROVED');
    expect(await count('billing', "select count(*) from outbox where topic = 'payment.confirmed' and payload->>'orderId' = $1", [a.order.id])).toBe(1);
  });

  it('a lost webhook: reconciliation settles the payment from the provider’s verify API', async () => {
    const citizen = await as('citizen');
    const { demandId, order } = await awaitingPayment(citizen);
    const s = (await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'FEDAPAY' } })).data!.initiatePayment;
    await payOnFedapay(s.redirectUrl, 'approved', 'drop');
    await new Promise((r) => setTimeout(r, 300));
    expect((await demandOrder(citizen, demandId))!.order!.status).toBe('PENDING');
    expect(codeOf(await citizen.request(ReconcilePaymentsDocument, { olderThanMinutes: 0 }))).toBe('FORBIDDEN');
    const report = await (await as('admin')).request(ReconcilePaymentsDocument, { olderThanMinutes: 0 });
    expect(report.errors).toBeUndefined();
    expect(report.data!.reconcilePayments.checked).toBeGreaterThanOrEqual(1);
    expect(report.data!.reconcilePayments.settled).toBeGreaterThanOrEqual(1);
    const d = (await demandOrder(citizen, demandId))!;
    expect(d.order!.status).toBe('PAID');
    expect(d.order!.payments[0]!.status).toBe('APPROVED');
    expect(await count('billing', "select count(*) from payment where id = $1 and settled_via = 'RECONCILIATION'", [s.payment.id])).toBe(1);
    await until(async () => (await demandOrder(citizen, demandId))!.status !== 'AWAITING_PAYMENT', 10_000, 'demand to move');
  });

  it('provider down: UPSTREAM_UNAVAILABLE and no payment written; back up, it works', async () => {
    // A FedaPay of this test's own: the files running beside it keep paying on the suite's.
    const fedapay = await outsideServiceOfItsOwn('billing', 'fedapay');
    try {
      const citizen = await as('citizen', fedapay.routerUrl);
      const { order } = await awaitingPayment(citizen);
      await fedapay.down();
      const res = await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'FEDAPAY' } });
      expect(codeOf(res)).toBe('UPSTREAM_UNAVAILABLE');
      expect(await count('billing', 'select count(*) from payment where order_id = $1', [order.id])).toBe(0);
      await fedapay.up();
      await until(async () => !(await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'FEDAPAY' } })).errors, 15_000, 'FedaPay back');
    } finally {
      await fedapay.close();
    }
  }, 90_000);

  it('admin refunds through the provider (audited): payment, order and demand show it, the receipt is revoked', async () => {
    const citizen = await as('citizen');
    const { demandId, order } = await awaitingPayment(citizen);
    const s = (await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'FEDAPAY' } })).data!.initiatePayment;
    await payOnFedapay(s.redirectUrl);
    await until(async () => (await demandOrder(citizen, demandId))!.paymentStatus === 'PAID', 10_000, 'paid');
    const receiptCode = (await demandOrder(citizen, demandId))!.order!.payments[0]!.receiptVerificationCode!;
    expect(codeOf(await citizen.request(RefundPaymentDocument, { paymentId: s.payment.id, reason: 'Je veux mon argent' }))).toBe('FORBIDDEN');
    const admin = await as('admin');
    expect(codeOf(await admin.request(RefundPaymentDocument, { paymentId: s.payment.id, reason: '' }))).toBe('BAD_USER_INPUT');
    const refunded = await admin.request(RefundPaymentDocument, { paymentId: s.payment.id, reason: 'Demande rejetée: remboursement' });
    expect(refunded.errors).toBeUndefined();
    expect(refunded.data!.refundPayment.status).toBe('REFUNDED');
    expect(codeOf(await admin.request(RefundPaymentDocument, { paymentId: s.payment.id, reason: 'Encore une fois' }))).toBe('CONFLICT');
    const d = (await demandOrder(citizen, demandId))!;
    expect(d.paymentStatus).toBe('REFUNDED');
    expect(d.order!.status).toBe('REFUNDED');
    expect(await count('billing', "select count(*) from audit_entry where action = 'payment.refund' and subject = $1", [s.payment.id])).toBe(1);
    const v = await router().request<{ verifyDocument: { valid: boolean; status: string } }, { code: string }>('query($code: String!) { verifyDocument(code: $code) { valid status } }', {
      code: receiptCode,
    });
    expect(v.data!.verifyDocument).toEqual({ valid: false, status: 'REVOKED' });
  });
});

describe('webhooks that cannot be forged or replayed', () => {
  it('storm: 2,000 deliveries (20% duplicates, 5% bad signatures, 5% stale, 5% wrong amounts), concurrent and shuffled', async () => {
    const run = randomUUID().slice(0, 8);
    const GENUINE = 1_300;
    const FORGED = 100;
    const STALE = 100;
    const WRONG = 100;
    const DUPLICATES = 400;
    const total = GENUINE + FORGED + STALE + WRONG;
    const txBase = 9_000_000_000 + Math.floor(Math.random() * 1_000_000) * 10_000;
    const rows = Array.from({ length: total }, (_, i) => ({ orderId: newId(), paymentId: newId(), demandId: newId(), tx: String(txBase + i), amount: 20_000 + (i % 7) * 1_000 }));
    await db('billing', async (c) => {
      await c.query(
        `insert into "order" (id, number, demand_id, payer_id, lines, total, status, created_at)
         select o, 'ST' || $2::text || '-' || lpad(n::text, 5, '0'), d, $3::uuid, jsonb_build_array(jsonb_build_object('label', 'Frais de service', 'amount', a)), a, 'PENDING', now()
         from unnest($1::uuid[], $4::uuid[], $5::int[]) with ordinality as t(o, d, a, n)`,
        [rows.map((r) => r.orderId), run, DEMO.persons.citizen.id, rows.map((r) => r.demandId), rows.map((r) => r.amount)],
      );
      await c.query(
        `insert into payment (id, purpose, order_id, payer_id, amount, currency, provider, provider_transaction_id, status, created_at)
         select p, 'ORDER', o, $3::uuid, a, 'XOF', 'FEDAPAY', t, 'PENDING', now() from unnest($1::uuid[], $2::uuid[], $4::int[], $5::text[]) as x(p, o, a, t)`,
        [rows.map((r) => r.paymentId), rows.map((r) => r.orderId), DEMO.persons.citizen.id, rows.map((r) => r.amount), rows.map((r) => r.tx)],
      );
    });
    const eventOf = (r: (typeof rows)[number], i: number, amount = r.amount) =>
      JSON.stringify({
        id: txBase + 5_000 + i,
        name: 'transaction.approved',
        object: 'transaction',
        entity: { id: Number(r.tx), reference: `trx_${r.tx}`, amount, status: 'approved', currency: { iso: 'XOF' }, custom_metadata: { payment_id: r.paymentId } },
        created_at: new Date().toISOString(),
      });
    type Delivery = { kind: 'genuine' | 'duplicate' | 'forged' | 'stale' | 'wrong'; body: string; sign: () => string };
    const deliveries: Delivery[] = [];
    const genuine = rows.slice(0, GENUINE);
    genuine.forEach((r, i) => {
      const body = eventOf(r, i);
      deliveries.push({ kind: 'genuine', body, sign: () => signedWith(body) });
    });
    for (let k = 0; k < DUPLICATES; k++) {
      const i = (k * 7919) % GENUINE;
      const body = eventOf(genuine[i]!, i);
      deliveries.push({ kind: 'duplicate', body, sign: () => signedWith(body) });
    }
    rows.slice(GENUINE, GENUINE + FORGED).forEach((r, k) => {
      const body = eventOf(r, GENUINE + k);
      deliveries.push({ kind: 'forged', body, sign: () => signedWith(body, { secret: 'wh_not_the_secret' }) });
    });
    rows.slice(GENUINE + FORGED, GENUINE + FORGED + STALE).forEach((r, k) => {
      const body = eventOf(r, GENUINE + FORGED + k);
      deliveries.push({ kind: 'stale', body, sign: () => signedWith(body, { at: Math.floor(Date.now() / 1000) - 301 - k * 7 }) });
    });
    rows.slice(GENUINE + FORGED + STALE).forEach((r, k) => {
      const body = eventOf(r, GENUINE + FORGED + STALE + k, r.amount - 1_000);
      deliveries.push({ kind: 'wrong', body, sign: () => signedWith(body) });
    });
    expect(deliveries).toHaveLength(2_000);
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
    }

    const statuses = new Map<string, number[]>();
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < deliveries.length) {
          const d = deliveries[next++]!;
          const status = await postFedapayWebhook(d.body, d.sign());
          statuses.set(d.kind, [...(statuses.get(d.kind) ?? []), status]);
        }
      }),
    );
    const all = (kind: string, status: number) => statuses.get(kind)!.every((s) => s === status);
    expect(all('genuine', 200) && all('duplicate', 200) && all('wrong', 200)).toBe(true);
    expect(all('forged', 401) && all('stale', 401)).toBe(true);

    const ids = (from: number, to: number) => rows.slice(from, to).map((r) => r.orderId);
    const paidCount = (orderIds: string[]) => count('billing', 'select count(*) from "order" where id = any($1::uuid[]) and status = \'PAID\'', [orderIds]);
    expect(await paidCount(ids(0, GENUINE))).toBe(GENUINE);
    expect(await paidCount(ids(GENUINE, total))).toBe(0);
    // Exactly once: one invoice and one PaymentConfirmed per paid order.
    expect(await count('billing', 'select count(*) from invoice where order_id = any($1::uuid[])', [ids(0, total)])).toBe(GENUINE);
    expect(await count('billing', "select count(*) from outbox where topic = 'payment.confirmed' and (payload->>'orderId')::uuid = any($1::uuid[])", [ids(0, total)])).toBe(GENUINE);
    // Mismatches flagged, one per wrong-amount payment; forged and stale ones left no trace.
    const wrongPayments = rows.slice(GENUINE + FORGED + STALE).map((r) => r.paymentId);
    expect(await count('billing', "select count(*) from payment_anomaly where kind = 'AMOUNT_MISMATCH' and payment_id = any($1::uuid[])", [wrongPayments])).toBe(WRONG);
    expect(await count('billing', 'select count(*) from payment_anomaly where payment_id = any($1::uuid[])', [rows.slice(GENUINE, GENUINE + FORGED + STALE).map((r) => r.paymentId)])).toBe(0);
    // Invoice numbers have no gaps: as many invoices as the year's counter says, each number once.
    const gaps = await db(
      'billing',
      async (c) =>
        (
          await c.query(
            'select count(*)::int as n, count(distinct sequence)::int as d, max(sequence)::int as m, (select last from invoice_counter where year = i.year) as last from invoice i where year = extract(year from now())::int group by year',
          )
        ).rows[0],
    );
    expect(gaps.n).toBe(gaps.m);
    expect(gaps.d).toBe(gaps.n);
    expect(gaps.last).toBe(gaps.m);
  }, 240_000);
});

describe('affiliate wallets', () => {
  it('200 concurrent debits on a wallet holding 100 debits’ worth: exactly 100 succeed, balance 0, ledger exact', async () => {
    const bank = await as('bank');
    const w0 = await bank.request(MyWalletDocument, {});
    expect(w0.errors).toBeUndefined();
    const PRICE = 1_000;
    const topUp = 100 * PRICE - w0.data!.myWallet.balance;
    expect(codeOf(await bank.request(TopUpWalletDocument, { amount: 10, provider: 'FEDAPAY' }))).toBe('BAD_USER_INPUT');
    const s = await bank.request(TopUpWalletDocument, { amount: topUp, provider: 'FEDAPAY' });
    expect(s.errors).toBeUndefined();
    await payOnFedapay(s.data!.topUpWallet.redirectUrl);
    await until(async () => (await bank.request(MyWalletDocument, {})).data!.myWallet.balance === 100 * PRICE, 10_000, 'top-up credited');

    const orders = Array.from({ length: 200 }, () => ({ id: newId(), demandId: newId() }));
    const run = randomUUID().slice(0, 8);
    await db('billing', (c) =>
      c.query(
        `insert into "order" (id, number, demand_id, payer_id, affiliate_id, lines, total, status, created_at)
         select o, 'WL' || $2::text || '-' || lpad(n::text, 4, '0'), d, $3::uuid, $4::uuid, jsonb_build_array(jsonb_build_object('label', 'Frais de service', 'amount', $5::int)), $5::int, 'PENDING', now()
         from unnest($1::uuid[], $6::uuid[]) with ordinality as t(o, d, n)`,
        [orders.map((o) => o.id), run, randomUUID(), DEMO_BANK_ID, PRICE, orders.map((o) => o.demandId)],
      ),
    );
    const results = await Promise.all(orders.map((o) => bank.request(PayOrderWithWalletDocument, { orderId: o.id })));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(100);
    expect(refused.every((r) => r.errors![0]!.extensions!.code === 'CONFLICT' && r.errors![0]!.extensions!.reason === 'INSUFFICIENT_FUNDS')).toBe(true);
    const w = (await bank.request(MyWalletDocument, {})).data!.myWallet;
    expect(w.balance).toBe(0);
    const ledger = await db(
      'billing',
      async (c) =>
        (await c.query('select kind, count(*)::int as n, sum(amount)::int as s, min(balance_after)::int as low from wallet_movement where wallet_id = $1 group by kind order by kind', [w.id])).rows,
    );
    const debit = ledger.find((l) => l.kind === 'DEBIT')!;
    expect(debit).toMatchObject({ n: 100, s: -100 * PRICE });
    expect(debit.low).toBe(0);
    expect(ledger.reduce((a, l) => a + l.s, 0)).toBe(0);
    expect(await count('billing', 'select count(*) from "order" where id = any($1::uuid[]) and status = \'PAID\'', [orders.map((o) => o.id)])).toBe(100);
    // Someone outside the affiliate cannot spend its money.
    expect(codeOf(await (await as('citizen')).request(PayOrderWithWalletDocument, { orderId: orders[0]!.id }))).toBe('FORBIDDEN');
  }, 120_000);
});

describe('baskets', () => {
  it('several orders paid at once: one payment, one invoice, every demand moves; members cannot be paid alone', async () => {
    const citizen = await as('citizen');
    const a = await awaitingPayment(citizen);
    const b = await awaitingPayment(citizen);
    const basketOf = (ids: string[], who: SimvebClient = citizen) =>
      who.request<{ createBasket: { id: string; number: string; total: number; lines: { label: string }[]; members: { id: string }[] } }, { ids: string[] }>(
        'mutation($ids: [ID!]!) { createBasket(orderIds: $ids) { id number total lines { label } members { id } } }',
        { ids },
      );
    // Someone else's order cannot go in my basket.
    const other = await awaitingPayment(await as('citizen2'), 'GLASS_ENGRAVING', {}, 'citizen2');
    expect(codeOf(await basketOf([a.order.id, other.order.id]))).toBe('NOT_FOUND');
    expect(codeOf(await basketOf([a.order.id]))).toBe('BAD_USER_INPUT');

    const created = await basketOf([a.order.id, b.order.id]);
    expect(created.errors).toBeUndefined();
    const basket = created.data!.createBasket;
    expect(basket.total).toBe(a.order.total + b.order.total);
    expect(basket.members.map((m) => m.id).sort()).toEqual([a.order.id, b.order.id].sort());
    expect(codeOf(await basketOf([a.order.id, b.order.id]))).toBe('CONFLICT');
    expect(codeOf(await citizen.request(InitiatePaymentDocument, { input: { orderId: a.order.id, provider: 'FEDAPAY' } }))).toBe('CONFLICT');

    const s = (await citizen.request(InitiatePaymentDocument, { input: { orderId: basket.id, provider: 'FEDAPAY' } })).data!.initiatePayment;
    expect(s.payment.amount).toBe(basket.total);
    await payOnFedapay(s.redirectUrl);
    for (const d of [a, b]) await until(async () => (await demandOrder(citizen, d.demandId))!.status !== 'AWAITING_PAYMENT', 10_000, 'demand to move');
    const [da, db2] = [(await demandOrder(citizen, a.demandId))!, (await demandOrder(citizen, b.demandId))!];
    expect([da.paymentStatus, db2.paymentStatus]).toEqual(['PAID', 'PAID']);
    expect(da.order!.invoice!.number).toBe(db2.order!.invoice!.number);
    expect(await count('billing', "select count(*) from outbox where topic = 'payment.confirmed' and payload->>'basketId' = $1", [basket.id])).toBe(2);
    expect(await count('billing', 'select count(*) from invoice where order_id = any($1::uuid[])', [[basket.id, a.order.id, b.order.id]])).toBe(1);
  }, 60_000);
});

describe('money given back never pays', () => {
  it('a KKiaPay transaction reverted at the provider before we heard of it does not settle the order', async () => {
    const citizen = (await signIn('citizen')).client;
    const { demandId, order } = await awaitingPayment(citizen);
    const started = await citizen.request(InitiatePaymentDocument, { input: { orderId: order.id, provider: 'KKIAPAY' } });
    expect(started.errors).toBeUndefined();
    const paid = await payOnKkiapay(started.data!.initiatePayment.redirectUrl, { webhook: 'drop' });
    // The provider reverts it (a chargeback, an operator's refund) before any webhook reached us.
    const kkiapay = graph().simulators.kkiapay!.url;
    const env = graph().env;
    const reverted = await fetch(new URL('/api/v1/transactions/revert', kkiapay), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': env.KKIAPAY_PUBLIC_KEY!, 'x-private-key': env.KKIAPAY_PRIVATE_KEY!, 'x-secret-key': env.KKIAPAY_SECRET! },
      body: JSON.stringify({ transactionId: paid.transactionId }),
    });
    expect(reverted.status).toBe(200);
    // The payer comes back with the transaction id: the provider says REVERTED, so nothing is paid.
    const confirmed = await citizen.request(ConfirmPaymentDocument, { input: { paymentId: started.data!.initiatePayment.payment.id, providerTransactionId: paid.transactionId } });
    expect(confirmed.data?.confirmPayment?.status ?? codeOf(confirmed)).not.toBe('APPROVED');
    const after = (await demandOrder(citizen, demandId))!;
    expect(after.order!.status).toBe('PENDING');
    expect(after.paymentStatus).not.toBe('PAID');
  });
});
