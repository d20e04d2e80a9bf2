import type { EntityManager } from '@mikro-orm/postgresql';
import { requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { BadInput, Conflict, NotFound } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { Order } from './order.entity';
import { OrderStatus } from './order.enums';
import { nextSequenceNumber } from '@simveb/platform/db/sequence-number';
import { canPay, dissolve, ORDER_SEQUENCE } from './order.service';

export const MAX_BASKET = 50;

/**
 * Panier: several unpaid orders of one payer paid at once. The basket is an
 * order of its own (lines of every member, their total); its members wait
 * for it and are all paid by its payment, each demand told once.
 */
export async function createBasket(em: EntityManager, actor: Actor, orderIds: string[]): Promise<Order> {
  requireSignedIn(actor);
  const ids = [...new Set(orderIds)];
  if (ids.length < 2 || ids.length > MAX_BASKET) throw BadInput.field('orderIds', `A basket holds 2 to ${MAX_BASKET} orders.`);
  if (ids.some((id) => !isUuid(id))) throw BadInput.field('orderIds', 'Not valid ids.');
  return em.transactional(async (tx) => {
    // Locked in id order, so two baskets over the same orders cannot both take them.
    const orders = await tx
      .getConnection()
      .execute<{ id: string }[]>(`select id from "order" where id = any(?::uuid[]) order by id for update`, [`{${ids.join(',')}}`], 'all', tx.getTransactionContext());
    const members = await tx.find(Order, { id: { $in: orders.map((o) => o.id) } });
    const mine = members.filter((o) => canPay(actor, o) && o.demandId);
    if (mine.length !== ids.length) throw new NotFound('Order', ids.find((id) => !mine.some((o) => o.id === id)) ?? ids[0]!);
    const busy = mine.find((o) => o.status !== OrderStatus.PENDING || o.basketId);
    if (busy) throw new Conflict(`Order ${busy.number} is ${busy.basketId ? 'already in a basket' : busy.status.toLowerCase()}; only unpaid orders go in a basket.`);
    if (new Set(mine.map((o) => o.payerId)).size > 1) throw BadInput.field('orderIds', 'A basket is paid by one payer: these orders belong to different people.');
    const now = new Date();
    const basket = tx.create(Order, {
      number: await nextSequenceNumber(tx, ORDER_SEQUENCE, 'CMD', now),
      demandId: null,
      payerId: mine[0]!.payerId,
      affiliateId: new Set(mine.map((o) => o.affiliateId)).size === 1 ? (mine[0]!.affiliateId ?? null) : null,
      lines: mine.flatMap((o) => o.lines.map((l) => ({ label: `${o.number} — ${l.label}`, amount: l.amount }))),
      total: mine.reduce((a, o) => a + o.total, 0),
      createdAt: now,
    });
    for (const o of mine) o.basketId = basket.id;
    await tx.flush();
    return basket;
  });
}

/** The payer takes the basket apart (unpaid only): its orders are payable on their own again. */
export async function dissolveBasket(em: EntityManager, actor: Actor, basketId: string): Promise<Order> {
  requireSignedIn(actor);
  const basket = isUuid(basketId) ? await em.findOne(Order, { id: basketId, demandId: null }) : null;
  if (!basket || !canPay(actor, basket)) throw new NotFound('Basket', basketId);
  if (basket.status !== OrderStatus.PENDING) throw new Conflict(`Basket ${basket.number} is ${basket.status.toLowerCase()}; it cannot be taken apart.`);
  await em.transactional((tx) => dissolve(tx, basket.id));
  return em.fork().findOneOrFail(Order, basket.id);
}
