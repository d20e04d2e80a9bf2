import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import type { OutboxRelay } from '@simveb/platform/outbox/outbox-relay';
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
  relay: OutboxRelay;
  loaders: Loaders;
}

export function createContext(em: EntityManager, actor: Actor, relay: OutboxRelay): Context {
  return {
    em,
    actor,
    relay,
    loaders: {
      order: keyedLoader((ids) => em.find(Order, { id: { $in: [...ids] } }), (o) => o.id),
      orderByDemand: keyedLoader((ids) => em.find(Order, { demandId: { $in: [...ids] } }), (o) => o.demandId),
    },
  };
}
