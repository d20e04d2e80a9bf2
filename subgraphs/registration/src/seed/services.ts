import type { EntityManager } from '@mikro-orm/postgresql';
import { Service } from '../service/service.entity';
import { SERVICES } from '../service/service.catalogue';

/** Every environment has the service catalogue; existing rows (maybe edited by admins) are kept. */
export async function seedServices(em: EntityManager): Promise<void> {
  const known = new Set((await em.find(Service, {})).map((s) => s.code));
  for (const s of SERVICES) if (!known.has(s.code)) em.create(Service, s);
  await em.flush();
}
