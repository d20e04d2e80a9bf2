import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO } from '@simveb/platform/demo';
import { Company } from '../company/company.entity';
import { Person } from '../person/person.entity';

/** Idempotent: upserts by fixed ids, so a second `npm start` on existing data changes nothing. */
export async function seedDemo(em: EntityManager): Promise<void> {
  for (const p of Object.values(DEMO.persons)) {
    await em.upsert(Person, { id: p.id, npi: p.npi, firstName: p.firstName, lastName: p.lastName, email: p.email, phone: p.phone });
  }
  for (const c of Object.values(DEMO.companies)) {
    await em.upsert(Company, { id: c.id, ifu: c.ifu, name: c.name });
  }
}
