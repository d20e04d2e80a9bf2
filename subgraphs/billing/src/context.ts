import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { keyedLoader } from '@simveb/platform/graphql/loader';
import { Order } from './order/order.entity';

export interface Loaders {
  order: DataLoader<string, Order | null>;
  orderByDemand: DataLoader<string, Order | null>;
}

export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(em: EntityManager): Context {
  return {
    em,
    loaders: {
      order: keyedLoader((ids) => em.find(Order, { id: { $in: [...ids] } }), (o) => o.id),
      orderByDemand: keyedLoader((ids) => em.find(Order, { demandId: { $in: [...ids] } }), (o) => o.demandId),
    },
  };
}
