import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { BadInput } from '@simveb/platform/errors';
import { toConnection, toPage } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { demandVisibility } from './demand.access';
import { Demand } from './demand.entity';
import type { DemandFilter } from './demand.inputs';

export function demandWhere(filter: DemandFilter | undefined): FilterQuery<Demand> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  for (const key of ['applicantId', 'vehicleId', 'centerId', 'assignedAgentId'] as const) {
    const value = filter[key];
    if (value == null) continue;
    if (!isUuid(value)) throw BadInput.field(`filter.${key}`, 'Not a valid id.');
    where[key] = value;
  }
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.serviceCode) where.serviceCode = filter.serviceCode;
  if (filter.overdue) where.dueAt = { $lt: new Date() };
  if (filter.overdue === false) where.$or = [{ dueAt: null }, { dueAt: { $gte: new Date() } }];
  return where as FilterQuery<Demand>;
}

/** Newest first, keyset on the time-ordered id; only what the caller may see. */
export async function listDemands(em: EntityManager, actor: Actor, centers: readonly string[], filter: DemandFilter | undefined, first?: number | null, after?: string | null) {
  requireSignedIn(actor);
  const page = toPage(first, after);
  const visible = demandVisibility(actor, centers);
  const where = (visible ? { $and: [demandWhere(filter), visible] } : demandWhere(filter)) as FilterQuery<Demand>;
  const rows =
    page.limit === 0
      ? []
      : await em.find(Demand, page.after ? { $and: [where, { id: { $lt: page.after } }] } : where, {
          orderBy: { id: 'desc' },
          limit: page.limit + 1,
        });
  return toConnection(
    rows,
    page,
    (d) => d.id,
    () => em.count(Demand, where),
  );
}
