import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Actor } from '@simveb/platform/auth/actor';
import { isAgentOf } from '../center/assignment';
import type { Demand } from './demand.entity';
import type { Performer } from './workflow';

/**
 * Is this actor one of the performers the transition names, for this demand?
 * `ownCenters`: the actor's roster when the request has read it already (the
 * same rows `isAgentOf` counts), so a transition asks the roster once.
 */
export async function mayPerform(em: EntityManager, actor: Actor, demand: Demand, by: readonly Performer[], ownCenters?: readonly string[]): Promise<boolean> {
  for (const p of by) {
    if (p === 'SYSTEM') {
      if (actor.kind === 'system') return true;
    } else if (p === 'APPLICANT') {
      if (actor.partyId === demand.applicantId && !actor.affiliateId && actor.kind === 'user') return true;
      if (actor.affiliateId && actor.affiliateId === demand.filedByAffiliateId) return true;
    } else if (p === 'INTERPOL_DESK') {
      if (actor.affiliateKind === 'INTERPOL') return true;
    } else if (p === 'PRINTER') {
      if (actor.affiliateKind === 'PLATE_PRINTER') return true;
    } else if (hasRole(actor, p)) {
      // Agents and service heads act in their own centres only.
      if ((p === 'AGENT' || p === 'SERVICE_HEAD') && !hasRole(actor, 'ADMIN', 'DEMAND_MANAGER')) {
        if (actor.partyId && demand.centerId && (ownCenters ? ownCenters.includes(demand.centerId) : await isAgentOf(em, actor.partyId, demand.centerId))) return true;
      } else {
        return true;
      }
    }
  }
  return false;
}
