import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { keyedLoader } from '@simveb/platform/graphql/loader';
import { Company } from './company/company.entity';
import { Person } from './person/person.entity';

export interface Loaders {
  person: DataLoader<string, Person | null>;
  company: DataLoader<string, Company | null>;
}

export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(em: EntityManager): Context {
  return {
    em,
    loaders: {
      person: keyedLoader((ids) => em.find(Person, { id: { $in: [...ids] } }), (p) => p.id),
      company: keyedLoader((ids) => em.find(Company, { id: { $in: [...ids] } }), (c) => c.id),
    },
  };
}
