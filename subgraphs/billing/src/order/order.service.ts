import type { EntityManager } from '@mikro-orm/postgresql';
import { nextSequenceNumber } from '@simveb/platform/db/sequence-number';
import { hasRole, JUSTICE_ROLES, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';
import type { ContractEvent } from '@simveb/platform/events/feed-consumer';
import { DEMAND_STATUS_TOPIC, PAYMENT_CONFIRMED_TOPIC, PAYMENT_REFUNDED_TOPIC } from '@simveb/platform/contracts/events';
import { issueNumberedInvoice, type InvoiceToNumber } from '../invoice/invoice-number';
import type { Payment } from '../payment/payment.entity';
import { priceOf, totalOf } from '../tariff/pricing';
import { HolderKind } from '../tariff/tariff.enums';
import { Order } from './order.entity';
import { OrderStatus } from './order.enums';

export { PAYMENT_CONFIRMED_TOPIC, PAYMENT_REFUNDED_TOPIC };
export const ORDER_SEQUENCE = 'order_number_seq';

/** The order's payer, or a member of the affiliate that filed the demand for them. */
export const canPay = (actor: Actor, order: Order): boolean => (actor.partyId != null && actor.partyId === order.payerId) || (actor.affiliateId != null && actor.affiliateId === order.affiliateId);

/** Whoever may pay it, ANaTT staff and justice (who see the demands). */
export const canSeeOrder = (actor: Actor, order: Order): boolean => canPay(actor, order) || hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES);

/**
 * Registration's demand events, as billing sees them: a demand entering
 * AWAITING_PAYMENT gets its order (once: one order per demand), priced like
 * its quote; a cancelled demand's unpaid order is cancelled.
 */
export async function onDemandStatus(em: EntityManager, event: ContractEvent<typeof DEMAND_STATUS_TOPIC>): Promise<void> {
  const p = event.payload;
  if (p.status === 'AWAITING_PAYMENT') {
    if (await em.count(Order, { demandId: p.demandId })) return;
    const now = new Date();
    const lines = await priceOf(
      em,
      {
        serviceCode: p.serviceCode,
        vehicleCategory: p.vehicleCategory ?? null,
        holderKind: p.holderKind === 'COMPANY' ? HolderKind.COMPANY : HolderKind.PERSON,
        urgent: p.urgent === true,
      },
      now,
    );
    em.create(Order, {
      number: await nextSequenceNumber(em, ORDER_SEQUENCE, 'CMD', now),
      demandId: p.demandId,
      payerId: p.applicantId,
      affiliateId: p.filedByAffiliateId ?? null,
      lines: lines.length ? lines : [{ label: 'Frais de service', amount: 0 }],
      total: totalOf(lines),
    });
    await em.flush();
  } else if (p.status === 'CANCELLED') {
    const order = await em.findOne(Order, { demandId: p.demandId, status: OrderStatus.PENDING });
    if (!order) return;
    // A basket holding a cancelled demand no longer adds up: it is dissolved, its other orders paid on their own.
    if (order.basketId) await dissolve(em, order.basketId);
    await em.nativeUpdate(Order, { id: order.id, status: OrderStatus.PENDING }, { status: OrderStatus.CANCELLED, basketId: null });
  }
}

/**
 * Marks the order paid by this payment (a basket: each of its orders), in the
 * caller's transaction. Null when the order was no longer awaiting payment
 * (someone else paid it first). The invoice and the events telling
 * registration are written by `issueInvoice`, which the caller runs as the
 * last statement of its transaction (see issueNumberedInvoice).
 */
export async function settleOrder(tx: EntityManager, order: Order, payment: Payment, now: Date): Promise<InvoiceToNumber | null> {
  const updated = await tx.nativeUpdate(Order, { id: order.id, status: OrderStatus.PENDING }, { status: OrderStatus.PAID, paidAt: now });
  if (!updated) return null;
  // A basket pays each of its orders: each demand hears of its own payment, once.
  const paid = order.demandId ? [order] : await tx.find(Order, { basketId: order.id, status: OrderStatus.PENDING });
  if (!order.demandId) await tx.nativeUpdate(Order, { basketId: order.id, status: OrderStatus.PENDING }, { status: OrderStatus.PAID, paidAt: now });
  // The entity now says what the UPDATE above wrote, taken as its stored state (no second UPDATE at flush).
  Object.assign(order, { status: OrderStatus.PAID, paidAt: now });
  tx.merge(order, { refresh: true });
  return {
    orderId: order.id,
    paymentId: payment.id,
    payerId: order.payerId,
    lines: order.lines,
    total: order.total,
    issuedAt: now,
    confirmations: paid.map((o) => ({
      orderId: o.id,
      demandId: o.demandId ?? null,
      basketId: order.demandId ? null : order.id,
      paymentId: payment.id,
      amount: o.total,
      provider: payment.provider,
    })),
  };
}

/** The settled order's invoice and events: whatever else the transaction writes is flushed first, so numbering is its last statement. */
export async function issueInvoice(tx: EntityManager, invoice: InvoiceToNumber): Promise<string> {
  await tx.flush();
  return issueNumberedInvoice(tx, invoice);
}

/** Ends a basket that was not paid: its orders are payable on their own again. */
export async function dissolve(em: EntityManager, basketId: string): Promise<void> {
  await em.nativeUpdate(Order, { id: basketId, status: OrderStatus.PENDING }, { status: OrderStatus.CANCELLED });
  await em.nativeUpdate(Order, { basketId, status: OrderStatus.PENDING }, { basketId: null });
}
