import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWTVerifyGetKey } from 'jose';
import { requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { verifySaleConfirmation } from '@simveb/platform/auth/verify-token';
import { BadInput, Forbidden, IllegalTransition, NotFound } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { Demand } from '../demand/demand.entity';
import { DemandStatus, OPEN_STATUSES } from '../demand/demand.enums';

/**
 * The seller and the buyer each confirm a sale declaration with the token
 * identity gave them for the code sent to their own phone. ANaTT validates
 * a sale only once both did (see the VALIDATE step).
 */
export async function confirmSaleDeclaration(em: EntityManager, actor: Actor, keys: JWTVerifyGetKey, demandId: string, token: string): Promise<Demand> {
  requireSignedIn(actor);
  const confirmation = await verifySaleConfirmation(keys, token);
  if (!confirmation) throw BadInput.field('confirmationToken', 'This confirmation is not valid (expired or altered); ask for a new code.');
  if (confirmation.demandId !== demandId) throw BadInput.field('confirmationToken', 'This confirmation is for another sale.');
  if (confirmation.partyId !== actor.partyId) throw new Forbidden('Confirm a sale with your own code, from your own account.');
  return em.transactional(async (tx) => {
    const demand = isUuid(demandId) ? await tx.findOne(Demand, demandId) : null;
    const party = confirmation.partyId;
    if (!demand || demand.serviceCode !== 'SALE_DECLARATION' || (party !== demand.applicantId && party !== demand.counterpartyId)) throw new NotFound('Sale declaration', demandId);
    if (!OPEN_STATUSES.includes(demand.status) || demand.status === DemandStatus.SUSPENDED) {
      throw new IllegalTransition(`This sale declaration is ${demand.status}; it can no longer be confirmed.`, { status: demand.status });
    }
    const now = new Date();
    if (party === demand.applicantId) demand.sellerConfirmedAt ??= now;
    else demand.buyerConfirmedAt ??= now;
    await tx.flush();
    return demand;
  });
}

/** ANaTT validates a sale only when both parties confirmed it. */
export function requireBothConfirmed(demand: Demand): void {
  if (demand.serviceCode !== 'SALE_DECLARATION' || (demand.sellerConfirmedAt && demand.buyerConfirmedAt)) return;
  const missing = [!demand.sellerConfirmedAt && 'the seller', !demand.buyerConfirmedAt && 'the buyer'].filter(Boolean).join(' and ');
  throw new IllegalTransition(`The sale cannot be validated before ${missing} confirmed it with their one-time code.`, { status: demand.status });
}
