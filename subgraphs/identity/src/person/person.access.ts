import { hasRole, hasScope, JUSTICE_ROLES, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';

/**
 * Civil data (ANIP's) is seen by the person themself, ANaTT staff, justice
 * officers and partners granted `holders:read` (police, courts). Everyone else
 * gets nothing, not even whether the person exists.
 */
export function canSeePerson(actor: Actor, personId: string): boolean {
  return actor.partyId === personId || hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES) || hasScope(actor, 'holders:read');
}

/** Companies are public in the trade register; any signed-in caller may see them. */
export function canSeeCompany(actor: Actor): boolean {
  return actor.kind !== 'anonymous';
}
