import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, Encumbered } from '@simveb/platform/errors';
import { Encumbrance, EncumbranceKind } from './encumbrance.entity';

/**
 * Which services an active encumbrance refuses (ENCUMBERED): an opposition
 * blocks transfers and duplicates; a pledge blocks a sale while the lender is
 * unpaid (PLEDGE_BLOCKS_SALE, on by default).
 */
/** While the title is deposited, only its recovery and the court's and lenders' demands go on. */
const ALLOWED_WHILE_DEPOSITED = new Set(['TITLE_RECOVERY', 'OPPOSITION', 'OPPOSITION_LIFT', 'PLEDGE', 'PLEDGE_LIFT']);

export function blockedBy(serviceCode: string, pledgeBlocksSale: boolean): EncumbranceKind[] {
  const kinds: EncumbranceKind[] = [];
  if (!ALLOWED_WHILE_DEPOSITED.has(serviceCode)) kinds.push(EncumbranceKind.TITLE_DEPOSIT);
  if (['MUTATION', 'GRAY_CARD_DUPLICATE', 'PLATE_DUPLICATE', 'SALE_DECLARATION'].includes(serviceCode)) kinds.push(EncumbranceKind.OPPOSITION);
  if (pledgeBlocksSale && ['MUTATION', 'SALE_DECLARATION'].includes(serviceCode)) kinds.push(EncumbranceKind.PLEDGE);
  return kinds;
}

export async function refuseIfEncumbered(em: EntityManager, vehicleId: string, serviceCode: string, pledgeBlocksSale: boolean): Promise<void> {
  const kinds = blockedBy(serviceCode, pledgeBlocksSale);
  if (!kinds.length) return;
  const active = await em.find(Encumbrance, { vehicleId, kind: { $in: kinds }, liftedAt: null });
  if (active.length) {
    const names: Record<EncumbranceKind, string> = { OPPOSITION: 'an opposition', PLEDGE: 'a pledge', TITLE_DEPOSIT: 'a title deposit' };
    const what = active.map((e) => `${names[e.kind]} (${e.reference})`).join(' and ');
    throw new Encumbered(`This vehicle is under ${what}: this demand is refused until it is lifted.`);
  }
}

/** Effects on the register when a pledge, an opposition or their lift is validated. */
export async function applyEncumbrance(
  em: EntityManager,
  serviceCode: string,
  vehicleId: string,
  demand: { id: string; reference: string; filedByAffiliateId?: string | null },
  now: Date,
): Promise<void> {
  const { id: demandId, reference } = demand;
  if (serviceCode === 'PLEDGE' || serviceCode === 'OPPOSITION' || serviceCode === 'TITLE_DEPOSIT') {
    const lenderAffiliateId = serviceCode === 'PLEDGE' ? (demand.filedByAffiliateId ?? null) : null;
    em.create(Encumbrance, { vehicleId, kind: serviceCode as EncumbranceKind, demandId, reference, lenderAffiliateId, since: now });
    return;
  }
  const LIFTS: Record<string, EncumbranceKind> = { PLEDGE_LIFT: EncumbranceKind.PLEDGE, OPPOSITION_LIFT: EncumbranceKind.OPPOSITION, TITLE_RECOVERY: EncumbranceKind.TITLE_DEPOSIT };
  if (LIFTS[serviceCode]) {
    const kind = LIFTS[serviceCode]!;
    // A lender lifts its own pledge, not another bank's.
    const lender = kind === EncumbranceKind.PLEDGE ? { lenderAffiliateId: demand.filedByAffiliateId ?? null } : {};
    const active = await em.findOne(Encumbrance, { vehicleId, kind, liftedAt: null, ...lender }, { orderBy: { since: 'desc' } });
    if (!active) throw new DomainError('ILLEGAL_TRANSITION', `There is no active ${kind.toLowerCase()} on this vehicle to lift.`);
    active.liftedAt = now;
    active.liftedByDemandId = demandId;
  }
}
