import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';

/**
 * What every subgraph's resolvers receive, one shape for all four: the
 * request's EntityManager (a fork), who is asking, the request's DataLoaders,
 * and the process-wide services (outbox relay, gateways to other systems,
 * secrets). A subgraph names its own Loaders and Services.
 */
export interface SubgraphContext<Loaders, Services> {
  readonly em: EntityManager;
  readonly actor: Actor;
  readonly loaders: Loaders;
  readonly services: Services;
}
