import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import type { OutboxRelay } from '@simveb/platform/outbox/outbox-relay';
import type DataLoader from 'dataloader';
import type { SubgraphContext } from '@simveb/platform/graphql/context';
import { groupedLoader, keyedLoader, entitiesWhere } from '@simveb/platform/graphql/loader';
import { Invoice } from './invoice/invoice.entity';
import type { VehicleCategories } from './integrations/vehicle-categories';
import { Order } from './order/order.entity';
import { Payment } from './payment/payment.entity';
import type { Gateways } from './providers/payment-gateway';

/** What lives as long as the process. */
export interface Services {
  relay: OutboxRelay;
  gateways: Gateways;
  vehicles: VehicleCategories;
  signingSecret: string;
  reconcile: { expireAfterMinutes: number };
}

export interface Loaders {
  order: DataLoader<string, Order | null>;
  orderByDemand: DataLoader<string, Order | null>;
  invoiceByOrder: DataLoader<string, Invoice | null>;
  paymentsByOrder: DataLoader<string, Payment[]>;
}

export type Context = SubgraphContext<Loaders, Services>;

export function createContext(em: EntityManager, actor: Actor, services: Services): Context {
  return {
    em,
    actor,
    services,
    loaders: {
      order: keyedLoader(
        (ids) => entitiesWhere(em, Order, { id: { $in: [...ids] } }),
        (o) => o.id,
      ),
      orderByDemand: keyedLoader(
        (ids) => entitiesWhere(em, Order, { demandId: { $in: [...ids] } }),
        (o) => o.demandId!,
      ),
      invoiceByOrder: keyedLoader(
        (ids) => entitiesWhere(em, Invoice, { orderId: { $in: [...ids] } }),
        (i) => i.orderId,
      ),
      paymentsByOrder: groupedLoader(
        (ids) => entitiesWhere(em, Payment, { orderId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }),
        (p) => p.orderId!,
      ),
    },
  };
}
