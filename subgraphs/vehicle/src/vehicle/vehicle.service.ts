import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import { hasRole, requireSignedIn, STAFF_ROLES, type Actor, requireScopeForPartner } from '@simveb/platform/auth/actor';
import { isUniqueViolation } from '@simveb/platform/db/orm';
import { BadInput, Conflict, Forbidden, NotFound } from '@simveb/platform/errors';
import { toConnection, toPage } from '@simveb/platform/graphql/connection';
import { entitiesWhere } from '@simveb/platform/graphql/loader';
import { isUuid } from '@simveb/platform/ids';
import { Brand } from '../catalogue/brand.entity';
import { Energy, VehicleOrigin } from '../catalogue/catalogue.enums';
import { VehicleModel } from '../catalogue/vehicle-model.entity';
import { CustomsClearance } from '../customs/customs-clearance.entity';
import type { CustomsService } from '../integrations/customs/customs-service';
import type { VehicleFilter } from './vehicle.filter';
import type { RegisterLocalVehicleInput, TransformVehicleInput } from './vehicle.inputs';
import { VehicleChange } from './vehicle-change.entity';
import { Vehicle } from './vehicle.entity';
import { checkVin } from './vin';

export function vehicleWhere(filter: VehicleFilter | undefined): FilterQuery<Vehicle> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  for (const [key, value] of [
    ['brandId', filter.brandId],
    ['modelId', filter.modelId],
  ] as const) {
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
  const rows = page.limit === 0 ? [] : await entitiesWhere(em, Vehicle, page.after ? { $and: [where, { id: { $gt: page.after } }] } : where, { orderBy: { id: 'asc' }, limit: page.limit + 1 });
  return toConnection(
    rows,
    page,
    (v) => v.id,
    () => em.count(Vehicle, where),
  );
}

/** Staff register vehicles; dealers (concessionnaires) too, for the vehicles they import for clients. */
function requireRegistrar(actor: Actor): void {
  requireSignedIn(actor);
  requireScopeForPartner(actor, 'vehicles:write', 'register vehicles');
  if (!hasRole(actor, ...STAFF_ROLES) && actor.affiliateKind !== 'DEALER') {
    throw new Forbidden('Only ANaTT staff and approved dealers register vehicles.');
  }
}

function vinOrThrow(raw: string, path: string): string {
  const check = checkVin(raw);
  if (!check.ok) throw BadInput.field(path, check.problem);
  return check.vin;
}

async function saveNew(em: EntityManager, vehicle: Vehicle, extra: object[], auditIt: (tx: EntityManager) => void): Promise<Vehicle> {
  try {
    await em.transactional(async (tx) => {
      tx.persist(vehicle);
      for (const e of extra) tx.persist(e);
      auditIt(tx);
    });
    return vehicle;
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict(`A vehicle with VIN ${vehicle.vin} (or this customs declaration) is already in the register.`);
    throw err;
  }
}

/**
 * An imported vehicle enters the register from its customs declaration:
 * customs says what it is and whether duties were paid; nothing is typed in.
 */
export async function registerImportedVehicle(em: EntityManager, actor: Actor, customs: CustomsService, reference: string): Promise<Vehicle> {
  requireRegistrar(actor);
  if (await em.count(CustomsClearance, { reference })) throw new Conflict(`Customs declaration ${reference} was already used to register a vehicle.`);
  const d = await customs.findDeclaration(reference);
  if (!d) throw BadInput.field('customsReference', `Customs has no declaration ${reference}.`);
  const vin = vinOrThrow(d.vin, 'customsReference');
  const brand = await em.findOne(Brand, { name: { $ilike: d.brand } });
  const model = brand ? await em.findOne(VehicleModel, { brand, name: { $ilike: d.model } }) : null;
  if (!brand || !model) throw BadInput.field('customsReference', `${d.brand} ${d.model} is not in the catalogue yet; an administrator must add it first.`);
  const vehicle = em.create(
    Vehicle,
    {
      vin,
      brand,
      model,
      category: model.category,
      energy: (Object.values(Energy) as string[]).includes(d.energy) ? (d.energy as Energy) : null,
      year: d.year,
      origin: VehicleOrigin.IMPORTED,
      customsReference: d.reference,
    },
    { persist: false },
  );
  const clearance = em.create(
    CustomsClearance,
    {
      reference: d.reference,
      vehicleId: vehicle.id,
      office: d.office,
      declaredAt: new Date(d.declaredAt),
      dutiesPaid: d.dutiesPaid,
      dutiesAmount: d.dutiesAmount,
    },
    { persist: false },
  );
  return saveNew(em, vehicle, [clearance], (tx) => audit(tx, actor.accountId, 'vehicle.import', vehicle.id, { vin, customsReference: reference }));
}

export async function registerLocalVehicle(em: EntityManager, actor: Actor, input: RegisterLocalVehicleInput): Promise<Vehicle> {
  requireRegistrar(actor);
  const vin = vinOrThrow(input.vin, 'vin');
  const model = isUuid(input.modelId) ? await em.findOne(VehicleModel, input.modelId) : null;
  if (!model) throw BadInput.field('modelId', 'No such model in the catalogue.');
  const vehicle = em.create(
    Vehicle,
    {
      vin,
      brand: model.brand,
      model,
      category: model.category,
      energy: input.energy,
      year: input.year,
      color: input.color ?? null,
      seats: input.seats ?? null,
      origin: VehicleOrigin.LOCAL,
    },
    { persist: false },
  );
  return saveNew(em, vehicle, [], (tx) => audit(tx, actor.accountId, 'vehicle.local', vehicle.id, { vin }));
}

/** Re-asks customs, e.g. once duties have been paid. */
export async function refreshClearance(em: EntityManager, actor: Actor, customs: CustomsService, vehicleId: string): Promise<CustomsClearance> {
  requireRegistrar(actor);
  const clearance = isUuid(vehicleId) ? await em.findOne(CustomsClearance, { vehicleId }) : null;
  if (!clearance) throw new NotFound('Customs clearance of vehicle', vehicleId);
  const d = await customs.findDeclaration(clearance.reference);
  if (!d) throw BadInput.field('vehicleId', `Customs no longer has declaration ${clearance.reference}.`);
  clearance.dutiesPaid = d.dutiesPaid;
  clearance.dutiesAmount = d.dutiesAmount;
  clearance.verifiedAt = new Date();
  await em.flush();
  return clearance;
}

const TRANSFORMABLE = ['color', 'energy', 'category', 'seats', 'emptyWeightKg', 'grossWeightKg'] as const;

/** Transformation: each changed characteristic is kept in the technical history with actor and reason. */
export async function transformVehicle(em: EntityManager, actor: Actor, input: TransformVehicleInput): Promise<Vehicle> {
  requireSignedIn(actor);
  if (!hasRole(actor, ...STAFF_ROLES)) throw new Forbidden('Only ANaTT staff record transformations.');
  const vehicle = isUuid(input.vehicleId) ? await em.findOne(Vehicle, input.vehicleId) : null;
  if (!vehicle) throw new NotFound('Vehicle', input.vehicleId);
  const changes = TRANSFORMABLE.filter((f) => input[f] !== undefined && input[f] !== null && input[f] !== vehicle[f]);
  if (!changes.length) throw new BadInput('Nothing changes: give at least one characteristic with a new value.');
  await em.transactional(async (tx) => {
    for (const f of changes) {
      tx.create(VehicleChange, {
        vehicleId: vehicle.id,
        field: f,
        fromValue: vehicle[f] == null ? null : String(vehicle[f]),
        toValue: String(input[f]),
        reason: input.reason,
        actorId: actor.partyId,
      });
      (vehicle as unknown as Record<string, unknown>)[f] = input[f];
    }
    audit(tx, actor.accountId, 'vehicle.transform', vehicle.id, { fields: changes });
  });
  return vehicle;
}
