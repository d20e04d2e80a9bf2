import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import type DataLoader from 'dataloader';
import { keyedLoader } from '@simveb/platform/graphql/loader';
import { Order } from './order/order.entity';

export interface Loaders {
  order: DataLoader<string, Order | null>;
  orderByDemand: DataLoader<string, Order | null>;
}

export interface Context {
  em: EntityManager;
  actor: Actor;
  loaders: Loaders;
}

export function createContext(em: EntityManager, actor: Actor): Context {
  return {
    em,
    actor,
    loaders: {
      order: keyedLoader((ids) => em.find(Order, { id: { $in: [...ids] } }), (o) => o.id),
      orderByDemand: keyedLoader((ids) => em.find(Order, { demandId: { $in: [...ids] } }), (o) => o.demandId),
    },
  };
}
