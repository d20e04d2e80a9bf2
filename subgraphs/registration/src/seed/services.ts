import type { EntityManager } from '@mikro-orm/postgresql';
import { CenterAgent, ManagementCenter } from '../center/center.entity';
import { CENTER_TOWNS, centerId, DEPARTMENTS } from '../center/communes';
import { ReservedNumber } from '../plate/number-series.entity';
import { seriesIndex } from '../plate/number-series';
import { PRESTIGE_RANGE } from '../prestige/prestige-number';
import { Service } from '../service/service.entity';
import { SERVICES } from '../service/service.catalogue';

const PRESTIGE_REASON = 'Numéros de prestige';

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
  if (!(await em.count(ReservedNumber, { family: 'PRIVATE', reason: 'Corps diplomatique' }))) {
    em.create(ReservedNumber, { family: 'PRIVATE', series: seriesIndex('PRIVATE', 'CD'), reason: 'Corps diplomatique' });
  }
  // 0001–0099 of every series are prestige numbers: asked for by name, never allocated in order.
  if (!(await em.count(ReservedNumber, { family: 'PRIVATE', reason: PRESTIGE_REASON }))) {
    em.create(ReservedNumber, { family: 'PRIVATE', fromNumber: PRESTIGE_RANGE.from, toNumber: PRESTIGE_RANGE.to, reason: PRESTIGE_REASON });
  }
  await em.flush();
}

export { CenterAgent };
