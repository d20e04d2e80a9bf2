import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO } from '@simveb/platform/demo';
import { Order } from '../order/order.entity';
import { OrderStatus } from '../order/order.enums';

/** Orders of the demo demands: the first two (one paid, one awaiting payment), then the paid ones of the demo workload. Idempotent. */
export async function seedDemo(em: EntityManager): Promise<void> {
  await seedDemoWork(em);
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

/** The demo workload's demands (3-8) were paid when filed; the opposition (9) is a court's and costs nothing. */
async function seedDemoWork(em: EntityManager): Promise<void> {
  if (await em.count(Order, { demandId: DEMO.demandId(3) })) return;
  const payers: Record<number, string> = {
    3: DEMO.persons.citizen2.id,
    4: DEMO.persons.citizen2.id,
    5: DEMO.persons.citizen.id,
    6: DEMO.persons.citizen.id,
    7: DEMO.persons.citizen2.id,
    8: DEMO.companies.transport.id,
  };
  for (const [n, payerId] of Object.entries(payers)) {
    em.create(Order, {
      number: `CMD-2026-90000${n}`,
      demandId: DEMO.demandId(Number(n)),
      payerId,
      affiliateId: Number(n) === 8 ? DEMO.affiliates.bank.id : null,
      lines: [{ label: 'Frais de service', amount: 20_000 }],
      total: 20_000,
      status: OrderStatus.PAID,
    });
  }
  await em.flush();
}
