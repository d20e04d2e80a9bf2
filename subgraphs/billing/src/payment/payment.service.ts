import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import { hasRole, requireRole, requireSignedIn, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';
import { BadInput, Conflict, NotFound } from '@simveb/platform/errors';
import { isUuid, newId } from '@simveb/platform/ids';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Invoice } from '../invoice/invoice.entity';
import { Order } from '../order/order.entity';
import { OrderStatus } from '../order/order.enums';
import type { InvoiceToNumber } from '../invoice/invoice-number';
import { canPay, issueInvoice, PAYMENT_REFUNDED_TOPIC, settleOrder } from '../order/order.service';
import type { Gateways, PaymentGateway, ProviderTransaction } from '../providers/payment-gateway';
import { creditWallet } from '../wallet/wallet.service';
import { PaymentAnomaly } from './payment-anomaly.entity';
import { Payment } from './payment.entity';
import { AnomalyKind, PaymentProvider, PaymentPurpose, PaymentState, SettledVia } from './payment.enums';

export type Outcome = 'duplicate' | 'unknown' | 'foreign' | 'mismatch' | 'pending' | 'declined' | 'approved' | 'already' | 'double';

/** Whoever paid it, and ANaTT staff. */
export const canSeePayment = (actor: Actor, p: Payment): boolean =>
  (actor.partyId != null && actor.partyId === p.payerId) || (actor.affiliateId != null && actor.affiliateId === p.payerId) || hasRole(actor, ...STAFF_ROLES);

export function gatewayFor(gateways: Gateways, provider: PaymentProvider): PaymentGateway {
  const g = gateways[provider];
  if (!g) throw BadInput.field('provider', `${provider} does not take online payments; use FEDAPAY or KKIAPAY.`);
  return g;
}

function flag(tx: EntityManager, kind: AnomalyKind, provider: PaymentProvider, facts: ProviderTransaction, payment: Payment | null, source: string): void {
  tx.create(PaymentAnomaly, {
    kind,
    provider,
    providerTransactionId: facts.id,
    paymentId: payment?.id ?? null,
    expectedAmount: payment?.amount ?? null,
    reportedAmount: facts.amount,
    source,
  });
}

/** Records the provider's event id; false when it was already applied (a redelivery). */
async function firstDelivery(tx: EntityManager, provider: PaymentProvider, eventId: string): Promise<boolean> {
  const rows = await tx
    .getConnection()
    .execute<{ event_id: string }[]>(
      "insert into provider_event (provider, event_id, outcome, received_at) values (?, ?, 'applying', now()) on conflict do nothing returning event_id",
      [provider, eventId],
      'all',
      tx.getTransactionContext(),
    );
  return rows.length === 1;
}

/**
 * Applies what a provider states about one of its transactions — from a
 * verified webhook, the verify API or reconciliation — exactly once: the
 * event id is recorded in the same transaction, the payment row is locked,
 * the amount, currency and our payment id are checked, and a disagreement is
 * flagged instead of applied.
 */
export async function applyProviderFacts(
  em: EntityManager,
  provider: PaymentProvider,
  facts: ProviderTransaction,
  via: SettledVia,
  opts: { eventId?: string; claimedPaymentId?: string } = {},
): Promise<{ outcome: Outcome; payment: Payment | null }> {
  return em.transactional(async (tx) => {
    if (opts.eventId && !(await firstDelivery(tx, provider, opts.eventId))) return { outcome: 'duplicate' as Outcome, payment: null };
    const { invoice, ...result } = await apply(tx, provider, facts, via, opts.claimedPaymentId);
    if (opts.eventId) {
      await tx.getConnection().execute('update provider_event set outcome = ? where provider = ? and event_id = ?', [result.outcome, provider, opts.eventId], 'run', tx.getTransactionContext());
    }
    if (invoice) await issueInvoice(tx, invoice);
    return result;
  });
}

/** What the facts do to the payment; an approved order payment also hands back its invoice, numbered last by the caller. */
async function apply(
  tx: EntityManager,
  provider: PaymentProvider,
  facts: ProviderTransaction,
  via: SettledVia,
  claimed: string | undefined,
): Promise<{ outcome: Outcome; payment: Payment | null; invoice?: InvoiceToNumber }> {
  const lock = { lockMode: LockMode.PESSIMISTIC_WRITE };
  let payment = await tx.findOne(Payment, { provider, providerTransactionId: facts.id }, lock);
  // KKiaPay learns its transaction id only now: find the payment by the id we gave the widget, then bind it.
  if (!payment && facts.paymentId && isUuid(facts.paymentId)) {
    payment = await tx.findOne(Payment, { id: facts.paymentId, provider }, lock);
    if (payment?.providerTransactionId && payment.providerTransactionId !== facts.id) {
      // A second transaction for a payment already bound to another one: money taken twice.
      if (facts.status === 'APPROVED') flag(tx, AnomalyKind.ORDER_ALREADY_SETTLED, provider, facts, payment, via);
      return { outcome: 'double', payment };
    }
  }
  if (!payment) {
    if (facts.status === 'APPROVED') flag(tx, AnomalyKind.UNKNOWN_TRANSACTION, provider, facts, null, via);
    return { outcome: 'unknown', payment: null };
  }
  if ((facts.paymentId && facts.paymentId !== payment.id) || (claimed && claimed !== payment.id)) {
    flag(tx, AnomalyKind.FOREIGN_TRANSACTION, provider, facts, payment, via);
    return { outcome: 'foreign', payment };
  }
  if (facts.status === 'PENDING') return { outcome: 'pending', payment };
  if (facts.status === 'DECLINED' || facts.status === 'CANCELED' || facts.status === 'REVERSED') {
    // A transaction the provider reverted or refunded gave the money back: it closes a pending payment, never settles one.
    if (payment.status !== PaymentState.PENDING) return { outcome: 'already', payment };
    payment.status = facts.status === 'DECLINED' ? PaymentState.DECLINED : PaymentState.CANCELED;
    payment.providerTransactionId ??= facts.id;
    payment.settledAt = new Date();
    payment.settledVia = via;
    await tx.flush();
    return { outcome: 'declined', payment };
  }
  if (facts.currency !== payment.currency) {
    flag(tx, AnomalyKind.CURRENCY_MISMATCH, provider, facts, payment, via);
    return { outcome: 'mismatch', payment };
  }
  if (facts.amount !== payment.amount) {
    flag(tx, AnomalyKind.AMOUNT_MISMATCH, provider, facts, payment, via);
    return { outcome: 'mismatch', payment };
  }
  if (payment.status === PaymentState.APPROVED || payment.status === PaymentState.REFUND_PENDING || payment.status === PaymentState.REFUNDED) {
    return { outcome: 'already', payment };
  }
  // Approved by the provider: money was taken, even if we had given up on it (expired, cancelled).
  const now = new Date();
  payment.status = PaymentState.APPROVED;
  payment.providerTransactionId ??= facts.id;
  payment.settledAt = now;
  payment.settledVia = via;
  await tx.flush();
  if (payment.purpose === PaymentPurpose.WALLET_TOP_UP) {
    await creditWallet(tx, payment, now);
    return { outcome: 'approved', payment };
  }
  const order = await tx.findOne(Order, payment.orderId!);
  const invoice = order ? await settleOrder(tx, order, payment, now) : null;
  if (!invoice) {
    flag(tx, AnomalyKind.ORDER_ALREADY_SETTLED, provider, facts, payment, via);
    await tx.flush();
    return { outcome: 'double', payment };
  }
  return { outcome: 'approved', payment, invoice };
}

/** The order, if the caller may pay it; NOT_FOUND otherwise (another person's order does not exist for them). */
export async function payableOrder(em: EntityManager, actor: Actor, orderId: string): Promise<Order> {
  requireSignedIn(actor);
  const order = isUuid(orderId) ? await em.findOne(Order, orderId) : null;
  if (!order || !canPay(actor, order)) throw new NotFound('Order', orderId);
  if (order.status !== OrderStatus.PENDING) throw new Conflict(`Order ${order.number} is ${order.status.toLowerCase()}, not awaiting payment.`);
  if (order.total <= 0) throw BadInput.field('orderId', `Order ${order.number} costs nothing; there is nothing to pay.`);
  if (order.basketId) throw new Conflict(`Order ${order.number} is in a basket: pay the basket, or dissolve it first.`);
  return order;
}

/**
 * Starts an online payment of an order: the provider transaction is created
 * first (nothing is written if the provider is down), then the payment row
 * holding its id. Asking again for the same order and provider gives back the
 * pending session instead of a second transaction.
 */
export async function initiatePayment(em: EntityManager, actor: Actor, gateways: Gateways, orderId: string, provider: PaymentProvider): Promise<Payment> {
  const gateway = gatewayFor(gateways, provider);
  const order = await payableOrder(em, actor, orderId);
  const pending = await em.findOne(Payment, { orderId: order.id, provider, status: PaymentState.PENDING, amount: order.total }, { orderBy: { createdAt: 'desc' } });
  if (pending?.redirectUrl) return pending;
  const id = newId();
  const session = await gateway.createCheckout({ paymentId: id, amount: order.total, description: `SIMVEB ${order.number}`, payerEmail: null });
  const payment = em.create(Payment, {
    id,
    purpose: PaymentPurpose.ORDER,
    orderId: order.id,
    payerId: order.payerId,
    amount: order.total,
    provider,
    providerTransactionId: session.transactionId,
    redirectUrl: session.redirectUrl,
  });
  await em.flush();
  return payment;
}

/**
 * The payer is back from the provider (FedaPay's return URL, KKiaPay's widget
 * callback). The transaction id they bring is only a hint: its facts are read
 * from the provider's API and must name this very payment.
 */
export async function confirmPayment(em: EntityManager, actor: Actor, gateways: Gateways, paymentId: string, transactionId: string | undefined): Promise<Payment> {
  requireSignedIn(actor);
  const payment = isUuid(paymentId) ? await em.findOne(Payment, paymentId) : null;
  if (!payment || !canSeePayment(actor, payment)) throw new NotFound('Payment', paymentId);
  const gateway = gatewayFor(gateways, payment.provider);
  const txId = payment.providerTransactionId ?? transactionId;
  if (!txId) throw BadInput.field('providerTransactionId', 'Give the transaction id the payment widget returned.');
  if (payment.providerTransactionId && transactionId && transactionId !== payment.providerTransactionId) {
    throw BadInput.field('providerTransactionId', 'This transaction is not the one of this payment.');
  }
  const facts = await gateway.fetchTransaction(txId);
  if (!facts) throw BadInput.field('providerTransactionId', `${payment.provider} does not know this transaction.`);
  const { outcome } = await applyProviderFacts(em, payment.provider, facts, SettledVia.CLIENT_CONFIRMATION, { claimedPaymentId: payment.id });
  if (outcome === 'foreign' || outcome === 'unknown') throw BadInput.field('providerTransactionId', 'This transaction belongs to another payment; it cannot pay this order.');
  if (outcome === 'mismatch') throw BadInput.field('providerTransactionId', 'The amount paid does not match the order; the payment was flagged for ANaTT’s finance office.');
  if (outcome === 'double') throw new Conflict('This payment was already used: the order is paid. A refund is due and was flagged.');
  return em.fork().findOneOrFail(Payment, payment.id);
}

/** Cash or card at an ANaTT counter, recorded by staff (audited), with its invoice. */
export async function recordCounterPayment(em: EntityManager, actor: Actor, orderId: string, receiptNumber: string): Promise<Order> {
  requireRole(actor, ['AGENT', 'SERVICE_HEAD', 'DEMAND_MANAGER', 'ADMIN'], 'record counter payments');
  if (!receiptNumber.trim()) throw BadInput.field('receiptNumber', 'Give the till’s receipt number.');
  return em.transactional(async (tx) => {
    const order = isUuid(orderId) ? await tx.findOne(Order, orderId) : null;
    if (!order) throw new NotFound('Order', orderId);
    if (order.status !== OrderStatus.PENDING) throw new Conflict(`Order ${order.number} is ${order.status.toLowerCase()}, not awaiting payment.`);
    const now = new Date();
    const payment = tx.create(Payment, {
      purpose: PaymentPurpose.ORDER,
      orderId: order.id,
      payerId: order.payerId,
      amount: order.total,
      provider: PaymentProvider.COUNTER,
      providerTransactionId: `${receiptNumber.trim()}#${order.number}`,
      status: PaymentState.APPROVED,
      settledAt: now,
      settledVia: SettledVia.COUNTER,
    });
    await tx.flush();
    const invoice = await settleOrder(tx, order, payment, now);
    if (!invoice) throw new Conflict(`Order ${order.number} was paid meanwhile.`);
    audit(tx, actor.accountId, 'order.counter-payment', order.id, { receiptNumber, amount: order.total, paymentId: payment.id });
    await issueInvoice(tx, invoice);
    return order;
  });
}

/**
 * Admin refund (remboursement), audited: the payment is claimed first (so two
 * refunds cannot both go out), the provider pays back, then the payment and
 * order are marked refunded. If the provider fails, the claim is released.
 */
export async function refundPayment(em: EntityManager, actor: Actor, gateways: Gateways, paymentId: string, reason: string): Promise<Payment> {
  requireRole(actor, ['ADMIN'], 'refund payments');
  if (reason.trim().length < 5) throw BadInput.field('reason', 'Say why the payment is refunded (motif).');
  const payment = isUuid(paymentId) ? await em.findOne(Payment, paymentId) : null;
  if (!payment) throw new NotFound('Payment', paymentId);
  if (payment.purpose !== PaymentPurpose.ORDER) throw BadInput.field('paymentId', 'Wallet top-ups are not refunded here.');
  const claimed = await em.nativeUpdate(Payment, { id: payment.id, status: PaymentState.APPROVED }, { status: PaymentState.REFUND_PENDING });
  if (!claimed) throw new Conflict(`This payment is ${payment.status.toLowerCase()}; only an approved payment can be refunded.`);
  try {
    if (payment.provider === PaymentProvider.FEDAPAY || payment.provider === PaymentProvider.KKIAPAY) {
      await gatewayFor(gateways, payment.provider).refund(payment.providerTransactionId!, payment.amount);
    }
  } catch (err) {
    await em.nativeUpdate(Payment, { id: payment.id, status: PaymentState.REFUND_PENDING }, { status: PaymentState.APPROVED });
    throw err;
  }
  return em.transactional(async (tx) => {
    const now = new Date();
    const p = await tx.findOneOrFail(Payment, payment.id);
    p.status = PaymentState.REFUNDED;
    p.refundedAt = now;
    p.refundReason = reason.trim();
    if (p.provider === PaymentProvider.WALLET) await creditWallet(tx, p, now, 'refund');
    const order = p.orderId ? await tx.findOne(Order, p.orderId) : null;
    // The order is refunded only if this was the payment that paid it (not a flagged double payment).
    const invoiced = order && (await tx.count(Invoice, { paymentId: p.id })) > 0;
    if (order && invoiced) {
      order.status = OrderStatus.REFUNDED;
      // A basket's refund is each of its orders' refund.
      const refunded = order.demandId ? [order] : await tx.find(Order, { basketId: order.id, status: OrderStatus.PAID });
      for (const o of refunded) {
        o.status = OrderStatus.REFUNDED;
        tx.persist(OutboxEvent.of(PAYMENT_REFUNDED_TOPIC, { orderId: o.id, demandId: o.demandId ?? null, paymentId: p.id, amount: o.total }));
      }
    }
    audit(tx, actor.accountId, 'payment.refund', p.id, { amount: p.amount, provider: p.provider, reason: p.refundReason });
    await tx.flush();
    return p;
  });
}
