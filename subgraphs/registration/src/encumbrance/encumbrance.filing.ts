import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Actor } from '@simveb/platform/auth/actor';
import { Forbidden } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { Holding } from '../holding/holding.entity';
import { Encumbrance, EncumbranceKind } from './encumbrance.entity';
import { SERVICE_POLICY } from '../service/service-policy';

/** Affiliates that lend against a vehicle. */

/**
 * Who may file a pledge or an opposition (docs/domain.md): a pledge is filed by the
 * lending bank or dealer with the holder's consent, and lifted by that lender
 * alone (no consent needed to free the holder's vehicle); oppositions and
 * their lifts are filed by a court clerk. Returns the applicant when the
 * filer acts without the holder's consent (a lender lifting its pledge).
 */
export async function checkFilingAuthority(em: EntityManager, actor: Actor, serviceCode: string, vehicleId: string | undefined): Promise<{ applicantId: string } | null> {
  if (serviceCode === 'PLEDGE' && !(actor.affiliateKind && SERVICE_POLICY.PLEDGE.filedByAffiliateKinds.includes(actor.affiliateKind))) {
    throw new Forbidden('A pledge is filed by the lending bank or dealer, with the holder’s consent.');
  }
  if (serviceCode === 'PLEDGE_LIFT') {
    if (!actor.affiliateId || !vehicleId || !isUuid(vehicleId)) throw new Forbidden('A pledge is lifted by its lender.');
    const pledge = await em.findOne(Encumbrance, { vehicleId, kind: EncumbranceKind.PLEDGE, liftedAt: null, lenderAffiliateId: actor.affiliateId });
    if (!pledge) throw new Forbidden('Only the lender of an active pledge on this vehicle may lift it.');
    const holding = await em.findOne(Holding, { vehicleId, endedAt: null });
    return holding ? { applicantId: holding.holderId } : null;
  }
  if ((serviceCode === 'OPPOSITION' || serviceCode === 'OPPOSITION_LIFT') && !hasRole(actor, 'COURT_CLERK')) {
    throw new Forbidden('Oppositions and their lifts are filed by a court clerk (greffier) on a court decision.');
  }
  return null;
}
