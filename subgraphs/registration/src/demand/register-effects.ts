/** What validating a demand writes in the legal register, by service. */
import { SYSTEM_ACTOR } from '@simveb/platform/auth/actor';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Conflict } from '@simveb/platform/errors';
import { Holding } from '../holding/holding.entity';
import { applyEncumbrance, refuseIfEncumbered } from '../encumbrance/encumbrance.rules';
import { issueGrayCard } from '../gray-card/gray-card.service';
import { formatPlate } from '../plate/plate-number';
import { Plate, PlateStatus } from '../plate/plate.entity';
import { Registration } from '../registration/registration.entity';
import { Service } from '../service/service.entity';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus, OPEN_STATUSES } from './demand.enums';
import { isPrestige, policyOf } from '../service/service-policy';
import { cancelPrint } from '../print-order/print-order.service';
import { markPrestigeUsed, prestigePlateFor } from '../prestige/prestige.service';
import { DEFAULT_TINTED_VALIDITY_DAYS, issueForDemand, useSaleDeclaration } from '../issued-document/issued-document.service';
import { recordMove } from './demand-history';

/** Configurable rules of the register, from the subgraph's configuration. */
export interface RegisterRules {
  pledgeBlocksSale: boolean;
  tintedValidityDays: number;
}
export const DEFAULT_RULES: RegisterRules = { pledgeBlocksSale: true, tintedValidityDays: DEFAULT_TINTED_VALIDITY_DAYS };

/**
 * Validating a registration writes the register: the next number of the
 * vehicle's family, its plate, the holder (from now) and the registration record.
 */
async function registerVehicle(tx: EntityManager, demand: Demand, allocated: string | undefined, now: Date): Promise<void> {
  if (!demand.vehicleId) throw new Error('a registration demand has a vehicle');
  if (await tx.count(Holding, { vehicleId: demand.vehicleId, endedAt: null })) {
    throw new Conflict('This vehicle was registered meanwhile (another demand); this one cannot be validated.');
  }
  // Prestige demands get the number or label reserved at filing; the others the allocated one.
  const prestige = isPrestige(demand.serviceCode) ? await prestigePlateFor(tx, demand.id) : null;
  if (isPrestige(demand.serviceCode) && !prestige) throw new Conflict('This prestige demand holds no reserved number or label any more.');
  const compactNumber = prestige?.compactNumber ?? allocated;
  if (!compactNumber) throw new Error('a number must be allocated to validate a registration');
  if (prestige) await markPrestigeUsed(tx, demand.id);
  tx.create(Plate, { vehicleId: demand.vehicleId, compactNumber, label: prestige?.label ?? null, issuedAt: now });
  tx.create(Holding, { vehicleId: demand.vehicleId, holderId: demand.applicantId, startedAt: now });
  tx.create(Registration, { demandId: demand.id, vehicleId: demand.vehicleId, holderId: demand.applicantId, number: formatPlate(compactNumber), registeredAt: now });
}

export async function applyToRegister(tx: EntityManager, demand: Demand, service: Service, number: string | undefined, rules: RegisterRules, now: Date): Promise<void> {
  const { pledgeBlocksSale } = rules;
  if (policyOf(service.code).registers) {
    await registerVehicle(tx, demand, number, now);
  } else if (service.code === 'RE_IMMATRICULATION') {
    if (!number) throw new Error('a number must be allocated to validate a re-registration');
    await refuseIfEncumbered(tx, demand.vehicleId!, service.code, pledgeBlocksSale);
    await renumber(tx, demand, number, now);
  } else if (demand.vehicleId) {
    // What weighs on the vehicle may have changed since filing: checked again at the decision.
    await refuseIfEncumbered(tx, demand.vehicleId, service.code, pledgeBlocksSale);
    if (service.code === 'MUTATION') {
      await transferHolding(tx, demand, now);
      if (demand.saleDeclarationId) await useSaleDeclaration(tx, demand.saleDeclarationId, now);
    } else await applyEncumbrance(tx, service.code, demand.vehicleId, demand, now);
    await issueForDemand(tx, demand, { tintedValidityDays: rules.tintedValidityDays }, now);
  }
  if (demand.vehicleId && policyOf(service.code).issuesCard) {
    await tx.flush();
    const holding = await tx.findOneOrFail(Holding, { vehicleId: demand.vehicleId, endedAt: null });
    await issueGrayCard(tx, demand.vehicleId, holding.holderId, demand.id, now);
  }
}

/** Re-registration: a new number; the old plate is withdrawn (kept in the register as revoked). */
async function renumber(tx: EntityManager, demand: Demand, compactNumber: string, now: Date): Promise<void> {
  await tx.nativeUpdate(Plate, { vehicleId: demand.vehicleId!, status: PlateStatus.ACTIVE }, { status: PlateStatus.REVOKED });
  tx.create(Plate, { vehicleId: demand.vehicleId!, compactNumber, issuedAt: now });
  const holding = await tx.findOneOrFail(Holding, { vehicleId: demand.vehicleId!, endedAt: null });
  tx.create(Registration, { demandId: demand.id, vehicleId: demand.vehicleId!, holderId: holding.holderId, number: formatPlate(compactNumber), registeredAt: now });
}

/** Mutation: the seller's holding ends, the buyer's begins; both stay in the history. */
async function transferHolding(tx: EntityManager, demand: Demand, now: Date): Promise<void> {
  const current = await tx.findOne(Holding, { vehicleId: demand.vehicleId!, endedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!current) throw new Conflict('This vehicle has no holder any more; the mutation cannot be validated.');
  const sale = demand.saleDeclarationId ? await tx.findOne(Demand, demand.saleDeclarationId) : null;
  if (!sale || sale.applicantId !== current.holderId) {
    throw new Conflict('The sale declaration behind this mutation was not made by the vehicle’s current holder: the vehicle changed hands meanwhile.');
  }
  current.endedAt = now;
  await tx.flush();
  tx.create(Holding, { vehicleId: demand.vehicleId!, holderId: demand.applicantId, startedAt: now });
  // The vehicle changed hands: every other sale in progress of the former holder ends (two buyers cannot both complete),
  // each with its history row and its event (billing cancels its order, the applicant is told).
  const others = await tx.find(Demand, {
    vehicleId: demand.vehicleId!,
    serviceCode: { $in: ['SALE_DECLARATION', 'MUTATION'] },
    id: { $nin: [demand.id, sale.id] },
    status: { $in: OPEN_STATUSES },
  });
  for (const other of others) {
    const from = other.status;
    Object.assign(other, { status: DemandStatus.CANCELLED, updatedAt: now, statusSince: now, dueAt: null });
    await cancelPrint(tx, other.id);
    await recordMove(tx, other, DemandAction.CANCEL, from, SYSTEM_ACTOR, `Le véhicule a changé de titulaire (${demand.reference}).`, now);
  }
}
