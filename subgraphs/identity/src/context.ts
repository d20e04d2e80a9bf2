import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Actor } from '@simveb/platform/auth/actor';
import type { SubgraphContext } from '@simveb/platform/graphql/context';
import { byIdLoader, entitiesWhere, keyedLoader, uuidKeys } from '@simveb/platform/graphql/loader';
import { Affiliate } from './affiliate/affiliate.entity';
import { Company } from './company/company.entity';
import { Person } from './person/person.entity';
import type { Services } from './services';

export interface Loaders {
  person: DataLoader<string, Person | null>;
  company: DataLoader<string, Company | null>;
  affiliate: DataLoader<string, Affiliate | null>;
}

export type Context = SubgraphContext<Loaders, Services>;

export function createContext(em: EntityManager, actor: Actor, services: Services): Context {
  return {
    em,
    actor,
    services,
    loaders: {
      person: byIdLoader(em, Person),
      company: byIdLoader(em, Company),
      affiliate: keyedLoader(
        (keys) => entitiesWhere(em, Affiliate, { id: { $in: uuidKeys(keys) } }),
        (a) => a.id,
      ),
    },
  };
}
