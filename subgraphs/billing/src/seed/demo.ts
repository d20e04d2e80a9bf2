import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO } from '@simveb/platform/demo';
import { Order } from '../order/order.entity';
import { OrderStatus } from '../order/order.enums';

/** Orders of the demo citizen's open demands: one paid, one awaiting payment. Idempotent. */
export async function seedDemo(em: EntityManager): Promise<void> {
  if (await em.count(Order, { demandId: DEMO.demandId(1) })) return;
  em.create(Order, {
    number: 'CMD-2026-900001',
    demandId: DEMO.demandId(1),
    payerId: DEMO.persons.citizen.id,
    lines: [{ label: 'Duplicata de carte grise', amount: 20_000 }],
    total: 20_000,
    status: OrderStatus.PAID,
  });
  em.create(Order, {
    number: 'CMD-2026-900002',
    demandId: DEMO.demandId(2),
    payerId: DEMO.persons.citizen.id,
    lines: [{ label: 'Autorisation de vitres teintées', amount: 50_000 }],
    total: 50_000,
    status: OrderStatus.PENDING,
  });
  await em.flush();
}
