import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, Encumbered } from '@simveb/platform/errors';
import { Encumbrance, EncumbranceKind } from './encumbrance.entity';

/**
 * Which services an active encumbrance refuses (ENCUMBERED): an opposition
 * blocks transfers and duplicates; a pledge blocks a sale while the lender is
 * unpaid (PLEDGE_BLOCKS_SALE, on by default).
 */
export function blockedBy(serviceCode: string, pledgeBlocksSale: boolean): EncumbranceKind[] {
  const kinds: EncumbranceKind[] = [];
  if (['MUTATION', 'GRAY_CARD_DUPLICATE', 'PLATE_DUPLICATE', 'SALE_DECLARATION'].includes(serviceCode)) kinds.push(EncumbranceKind.OPPOSITION);
  if (pledgeBlocksSale && ['MUTATION', 'SALE_DECLARATION'].includes(serviceCode)) kinds.push(EncumbranceKind.PLEDGE);
  return kinds;
}

export async function refuseIfEncumbered(em: EntityManager, vehicleId: string, serviceCode: string, pledgeBlocksSale: boolean): Promise<void> {
  const kinds = blockedBy(serviceCode, pledgeBlocksSale);
  if (!kinds.length) return;
  const active = await em.find(Encumbrance, { vehicleId, kind: { $in: kinds }, liftedAt: null });
  if (active.length) {
    const what = active.map((e) => `${e.kind === EncumbranceKind.OPPOSITION ? 'an opposition' : 'a pledge'} (${e.reference})`).join(' and ');
    throw new Encumbered(`This vehicle is under ${what}: this demand is refused until it is lifted.`);
  }
}

/** Effects on the register when a pledge, an opposition or their lift is validated. */
export async function applyEncumbrance(em: EntityManager, serviceCode: string, vehicleId: string, demandId: string, reference: string, now: Date): Promise<void> {
  if (serviceCode === 'PLEDGE' || serviceCode === 'OPPOSITION') {
    em.create(Encumbrance, { vehicleId, kind: serviceCode as EncumbranceKind, demandId, reference, since: now });
    return;
  }
  if (serviceCode === 'PLEDGE_LIFT' || serviceCode === 'OPPOSITION_LIFT') {
    const kind = serviceCode === 'PLEDGE_LIFT' ? EncumbranceKind.PLEDGE : EncumbranceKind.OPPOSITION;
    const active = await em.findOne(Encumbrance, { vehicleId, kind, liftedAt: null }, { orderBy: { since: 'desc' } });
    if (!active) throw new DomainError('ILLEGAL_TRANSITION', `There is no active ${kind.toLowerCase()} on this vehicle to lift.`);
    active.liftedAt = now;
    active.liftedByDemandId = demandId;
  }
}
