import { hasRole, hasScope, JUSTICE_ROLES, type Actor } from '@simveb/platform/auth/actor';
import { DemandStatus } from './demand.enums';

export interface DemandFacts {
  applicantId: string;
  filedByAffiliateId?: string | null;
  centerId?: string | null;
  status?: DemandStatus | string;
}

/** Staff who see every centre's demands. Agents and service heads see their centres' (roster). */
export const NATIONAL_ROLES = ['ADMIN', 'DEMAND_MANAGER', ...JUSTICE_ROLES] as const;

/**
 * Who sees a demand: its applicant; national staff and justice officers; the
 * agents and service heads of its centre; the affiliate that filed it (its
 * members, or its partner key with demands:read); the Interpol desk while it
 * waits for its check; approved printers while it waits to be printed.
 */
export function canSeeDemand(actor: Actor, d: DemandFacts, centers: readonly string[]): boolean {
  if (actor.kind === 'anonymous') return false;
  if (hasRole(actor, ...NATIONAL_ROLES)) return true;
  if (hasRole(actor, 'AGENT', 'SERVICE_HEAD') && d.centerId && centers.includes(d.centerId)) return true;
  if (actor.partyId && actor.partyId === d.applicantId && actor.kind === 'user' && !actor.affiliateId) return true;
  if (actor.affiliateId && d.filedByAffiliateId === actor.affiliateId) return actor.kind === 'user' || hasScope(actor, 'demands:read');
  if (actor.affiliateKind === 'INTERPOL' && d.status === DemandStatus.INTERPOL_CHECK) return true;
  if (actor.affiliateKind === 'PLATE_PRINTER' && d.status === DemandStatus.PRINT_ORDERED) return true;
  return false;
}

/** The same rule as a query restriction, for lists. `null`: no restriction. */
export function demandVisibility(actor: Actor, centers: readonly string[]): Record<string, unknown> | null {
  if (hasRole(actor, ...NATIONAL_ROLES)) return null;
  const any: Record<string, unknown>[] = [];
  if (hasRole(actor, 'AGENT', 'SERVICE_HEAD')) any.push({ centerId: { $in: [...centers] } });
  if (actor.affiliateId && (actor.kind === 'user' || hasScope(actor, 'demands:read'))) any.push({ filedByAffiliateId: actor.affiliateId });
  if (actor.affiliateKind === 'INTERPOL') any.push({ status: DemandStatus.INTERPOL_CHECK });
  if (actor.affiliateKind === 'PLATE_PRINTER') any.push({ status: DemandStatus.PRINT_ORDERED });
  if (actor.partyId && actor.kind === 'user' && !actor.affiliateId) any.push({ applicantId: actor.partyId });
  return any.length ? { $or: any } : { id: null };
}

/** Holders and their vehicles: the holder, staff, justice, and partners granted holders:read. */
export function canSeeHolder(actor: Actor, holderId: string): boolean {
  return (actor.partyId === holderId && actor.kind === 'user') || hasRole(actor, 'ADMIN', 'DEMAND_MANAGER', 'SERVICE_HEAD', 'AGENT', ...JUSTICE_ROLES) || hasScope(actor, 'holders:read');
}
