import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { BadInput } from '@simveb/platform/errors';
import { toConnection, toPage } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { demandVisibility } from './demand.access';
import { Demand } from './demand.entity';
import type { DemandFilter } from './demand.inputs';
import { DemandStatus, OPEN_STATUSES } from './demand.enums';

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

/** A dashboard's figures over demands filed in [from, to): per status, overdue now, average hours to close. `scope`: centres, or null for all. */
export async function demandStats(em: EntityManager, scope: readonly string[] | null, from?: Date, to?: Date) {
  const [rows, [late], [avg]] = await Promise.all([
    em
      .getConnection()
      .execute<{ status: DemandStatus; count: string }[]>(
        `select status, count(*) from demand where (?::uuid[] is null or center_id = any(?::uuid[])) and created_at >= ? and created_at < ? group by status order by status`,
        [scope && `{${scope.join(',')}}`, scope && `{${scope.join(',')}}`, from ?? new Date(0), to ?? new Date('9999-01-01')],
      ),
    em
      .getConnection()
      .execute<{ count: string }[]>(`select count(*) from demand where (?::uuid[] is null or center_id = any(?::uuid[])) and status = any(?::text[]) and due_at < now()`, [
        scope && `{${scope.join(',')}}`,
        scope && `{${scope.join(',')}}`,
        `{${OPEN_STATUSES.join(',')}}`,
      ]),
    em.getConnection().execute<{ hours: string | null }[]>(
      `select avg(extract(epoch from (status_since - created_at)) / 3600) as hours from demand
          where (?::uuid[] is null or center_id = any(?::uuid[])) and status = 'CLOSED' and created_at >= ? and created_at < ?`,
      [scope && `{${scope.join(',')}}`, scope && `{${scope.join(',')}}`, from ?? new Date(0), to ?? new Date('9999-01-01')],
    ),
  ]);
  const byStatus = rows.map((r) => ({ status: r.status, count: Number(r.count) }));
  return {
    total: byStatus.reduce((a, b) => a + b.count, 0),
    overdue: Number(late?.count ?? 0),
    byStatus,
    averageHoursToClose: avg?.hours == null ? null : Math.round(Number(avg.hours)),
  };
}
