import { hasRole, hasScope, JUSTICE_ROLES, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';

interface DemandFacts {
  applicantId: string;
  filedByAffiliateId?: string | null;
}

/**
 * Who sees a demand: its applicant; ANaTT staff and justice officers; the
 * affiliate that filed it (its members, or its partner key with demands:read).
 */
export function canSeeDemand(actor: Actor, d: DemandFacts): boolean {
  if (actor.kind === 'anonymous') return false;
  if (hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES)) return true;
  if (actor.partyId && actor.partyId === d.applicantId && actor.kind === 'user' && !actor.affiliateId) return true;
  if (actor.affiliateId && d.filedByAffiliateId === actor.affiliateId) {
    return actor.kind === 'user' || hasScope(actor, 'demands:read');
  }
  return false;
}

/** The same rule as a query restriction, for lists. `null`: no restriction. */
export function demandVisibility(actor: Actor): Record<string, unknown> | null {
  if (hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES)) return null;
  if (actor.affiliateId) {
    return actor.kind === 'user' || hasScope(actor, 'demands:read') ? { filedByAffiliateId: actor.affiliateId } : { id: null };
  }
  if (actor.partyId) return { applicantId: actor.partyId };
  return { id: null };
}

/** Holders and their vehicles: the holder, staff, justice, and partners granted holders:read. */
export function canSeeHolder(actor: Actor, holderId: string): boolean {
  return (
    (actor.partyId === holderId && actor.kind === 'user') ||
    hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES) ||
    hasScope(actor, 'holders:read')
  );
}
