import type { EntityManager } from '@mikro-orm/postgresql';
import { CenterAgent, ManagementCenter } from '../center/center.entity';
import { CENTER_TOWNS, centerId, DEPARTMENTS } from '../center/communes';
import { ReservedNumber } from '../plate/number-series.entity';
import { seriesIndex } from '../plate/number-series';
import { Service } from '../service/service.entity';
import { SERVICES } from '../service/service.catalogue';

/**
 * Every environment has the service catalogue and the 12 centres; rows that
 * exist (maybe edited by admins) are kept as they are.
 */
export async function seedReferenceData(em: EntityManager): Promise<void> {
  const known = new Set((await em.find(Service, {})).map((s) => s.code));
  for (const s of SERVICES) if (!known.has(s.code)) em.create(Service, s);
  const centers = new Set((await em.find(ManagementCenter, {})).map((c) => c.department));
  for (const department of Object.keys(DEPARTMENTS)) {
    if (!centers.has(department)) {
      em.create(ManagementCenter, { id: centerId(department), department, town: CENTER_TOWNS[department]!, name: `Centre de gestion ${department} (${CENTER_TOWNS[department]})` });
    }
  }
  // Series CD is kept for the diplomatic corps: never handed out to private vehicles.
  if (!(await em.count(ReservedNumber, { family: 'PRIVATE' }))) {
    em.create(ReservedNumber, { family: 'PRIVATE', series: seriesIndex('PRIVATE', 'CD'), reason: 'Corps diplomatique' });
  }
  await em.flush();
}

export { CenterAgent };
