import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Actor } from '@simveb/platform/auth/actor';
import { entitiesById, keyedLoader, entitiesWhere } from '@simveb/platform/graphql/loader';
import { isUuid } from '@simveb/platform/ids';
import { Affiliate } from './affiliate/affiliate.entity';
import { Company } from './company/company.entity';
import { Person } from './person/person.entity';
import type { Services } from './services';

export interface Loaders {
  person: DataLoader<string, Person | null>;
  company: DataLoader<string, Company | null>;
  affiliate: DataLoader<string, Affiliate | null>;
}

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  actor: Actor;
  services: Services;
}

const ids = (keys: readonly string[]) => keys.filter(isUuid);

export function createContext(em: EntityManager, actor: Actor, services: Services): Context {
  return {
    em,
    actor,
    services,
    loaders: {
      person: keyedLoader(
        (keys) => entitiesById(em, Person, keys),
        (p) => p.id,
      ),
      company: keyedLoader(
        (keys) => entitiesById(em, Company, keys),
        (c) => c.id,
      ),
      affiliate: keyedLoader(
        (keys) => entitiesWhere(em, Affiliate, { id: { $in: ids(keys) } }),
        (a) => a.id,
      ),
    },
  };
}
