import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import { requireRole, type Actor } from '@simveb/platform/auth/actor';
import { Conflict, NotFound } from '@simveb/platform/errors';
import type { FeedEvent } from '@simveb/platform/events/event-feed';
import { isUuid } from '@simveb/platform/ids';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Tariff } from '../tariff/tariff.entity';
import { Order } from './order.entity';
import { OrderStatus } from './order.enums';

export const PAYMENT_CONFIRMED_TOPIC = 'payment.confirmed';

/** The tariff in force for a service now: the latest effective row. */
export async function tariffFor(em: EntityManager, serviceCode: string, at = new Date()): Promise<Tariff | null> {
  return em.findOne(Tariff, { serviceCode, effectiveFrom: { $lte: at } }, { orderBy: { effectiveFrom: 'desc' } });
}

async function nextOrderNumber(em: EntityManager, at: Date): Promise<string> {
  const [row] = await em.getConnection().execute<{ n: string }[]>("select nextval('order_number_seq') as n", [], 'all', em.getTransactionContext());
  return `CMD-${at.getUTCFullYear()}-${String(row!.n).padStart(6, '0')}`;
}

/**
 * Registration's demand events, as billing sees them: a demand entering
 * AWAITING_PAYMENT gets its order (once: one order per demand); a cancelled
 * demand's unpaid order is cancelled.
 */
export async function onDemandStatus(em: EntityManager, event: FeedEvent): Promise<void> {
  const p = event.payload as { demandId: string; applicantId: string; serviceCode: string; status: string; reference: string };
  if (p.status === 'AWAITING_PAYMENT') {
    if (await em.count(Order, { demandId: p.demandId })) return;
    const tariff = await tariffFor(em, p.serviceCode);
    const now = new Date();
    const lines = [{ label: tariff?.label ?? 'Frais de service', amount: tariff?.amount ?? 0 }];
    em.create(Order, {
      number: await nextOrderNumber(em, now),
      demandId: p.demandId,
      payerId: p.applicantId,
      lines,
      total: lines.reduce((a, l) => a + l.amount, 0),
    });
    await em.flush();
  } else if (p.status === 'CANCELLED') {
    await em.nativeUpdate(Order, { demandId: p.demandId, status: OrderStatus.PENDING }, { status: OrderStatus.CANCELLED });
  }
}

/** Marks an order paid and tells registration, in one transaction (outbox). Exactly once: a paid order stays paid. */
export async function markPaid(em: EntityManager, order: Order, via: string, reference: string): Promise<boolean> {
  const updated = await em.nativeUpdate(Order, { id: order.id, status: OrderStatus.PENDING }, { status: OrderStatus.PAID });
  if (!updated) return false;
  em.persist(new OutboxEvent(PAYMENT_CONFIRMED_TOPIC, { orderId: order.id, demandId: order.demandId, amount: order.total, via, reference }));
  await em.flush();
  order.status = OrderStatus.PAID;
  return true;
}

/** Cash or card at an ANaTT counter, recorded by staff (audited). */
export async function recordCounterPayment(em: EntityManager, actor: Actor, orderId: string, receiptNumber: string): Promise<Order> {
  requireRole(actor, ['AGENT', 'SERVICE_HEAD', 'DEMAND_MANAGER', 'ADMIN'], 'record counter payments');
  return em.transactional(async (tx) => {
    const order = isUuid(orderId) ? await tx.findOne(Order, orderId) : null;
    if (!order) throw new NotFound('Order', orderId);
    if (order.status !== OrderStatus.PENDING) throw new Conflict(`Order ${order.number} is ${order.status.toLowerCase()}, not awaiting payment.`);
    if (!(await markPaid(tx, order, 'COUNTER', receiptNumber))) throw new Conflict(`Order ${order.number} was paid meanwhile.`);
    audit(tx, actor.accountId, 'order.counter-payment', order.id, { receiptNumber, amount: order.total });
    await tx.flush();
    return order;
  });
}
