import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInput } from '@simveb/platform/errors';
import { toConnection, toPage } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import type { VehicleFilter } from './vehicle.filter';
import { Vehicle } from './vehicle.entity';

export function vehicleWhere(filter: VehicleFilter | undefined): FilterQuery<Vehicle> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  for (const [key, value] of [['brandId', filter.brandId], ['modelId', filter.modelId]] as const) {
    if (value !== undefined && value !== null && !isUuid(value)) throw BadInput.field(`filter.${key}`, 'Not a valid id.');
  }
  if (filter.brandId) where.brand = filter.brandId;
  if (filter.modelId) where.model = filter.modelId;
  if (filter.category) where.category = filter.category;
  if (filter.origin) where.origin = filter.origin;
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw BadInput.field('filter.yearFrom', 'yearFrom is after yearTo.');
  }
  if (filter.yearFrom != null || filter.yearTo != null) {
    where.year = { ...(filter.yearFrom != null && { $gte: filter.yearFrom }), ...(filter.yearTo != null && { $lte: filter.yearTo }) };
  }
  return where as FilterQuery<Vehicle>;
}

/** Keyset pagination on the time-ordered id: stable while vehicles are added. */
export async function listVehicles(em: EntityManager, filter: VehicleFilter | undefined, first?: number | null, after?: string | null) {
  const page = toPage(first, after);
  const where = vehicleWhere(filter);
  const rows = page.limit === 0 ? [] : await em.find(
    Vehicle,
    page.after ? { $and: [where, { id: { $gt: page.after } }] } : where,
    { orderBy: { id: 'asc' }, limit: page.limit + 1 },
  );
  return toConnection(rows, page, (v) => v.id, () => em.count(Vehicle, where));
}
