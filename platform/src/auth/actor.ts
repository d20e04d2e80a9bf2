import { Forbidden, Unauthenticated } from '../errors';

/** Roles a profile can hold (docs/domain.md). Staff of ANaTT, justice, citizens, affiliates, partners. */
export const ROLES = ['CITIZEN', 'ADMIN', 'SERVICE_HEAD', 'AGENT', 'DEMAND_MANAGER', 'COURT_CLERK', 'INVESTIGATING_JUDGE', 'AFFILIATE_ADMIN', 'AFFILIATE_MEMBER', 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'SERVICE_HEAD', 'AGENT', 'DEMAND_MANAGER'];
export const JUSTICE_ROLES: readonly Role[] = ['COURT_CLERK', 'INVESTIGATING_JUDGE'];

/** What a partner API key may be allowed to do. */
export const SCOPES = ['vehicles:read', 'holders:read', 'demands:read', 'demands:write', 'vehicles:write'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Who is calling, as verified from the access token: the same shape in every
 * subgraph. `partyId` is the person or company the caller is; `affiliateId`
 * the organisation they act for in this profile.
 */
export interface Actor {
  /** `system`: the graph itself (SYSTEM_ACTOR); a token never makes one (verify-token maps only users and partners). */
  kind: 'anonymous' | 'user' | 'partner' | 'system';
  accountId: string | null;
  partyId: string | null;
  profileId: string | null;
  roles: Role[];
  affiliateId: string | null;
  affiliateKind: string | null;
  scopes: Scope[];
  /** Commune of residence (from ANIP): decides which management centre treats the caller's demands. */
  commune: string | null;
  /** The verified token, forwarded when this subgraph calls another service on the caller's behalf. */
  token: string | null;
}

export const ANONYMOUS: Actor = Object.freeze({
  kind: 'anonymous',
  accountId: null,
  partyId: null,
  profileId: null,
  roles: [],
  affiliateId: null,
  affiliateKind: null,
  scopes: [],
  commune: null,
  token: null,
}) as Actor;

/**
 * The graph acting on its own: a payment confirmed by billing's feed, the
 * automatic assignment after submission, the sales a mutation ends. It holds
 * no party, role or scope; workflow steps name it as their performer
 * (`SYSTEM`), and history rows record no actor for it.
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({ ...ANONYMOUS, kind: 'system' }) as Actor;

export const hasRole = (actor: Actor, ...roles: readonly Role[]): boolean => actor.roles.some((r) => roles.includes(r));
export const isStaff = (actor: Actor): boolean => hasRole(actor, ...STAFF_ROLES);
export const hasScope = (actor: Actor, scope: Scope): boolean => actor.kind === 'partner' && actor.scopes.includes(scope);

/**
 * An affiliate's power used through a partner API key needs the key's scope
 * for it: the affiliate may do more than the key was given (a read-only key
 * of a dealer cannot register vehicles, a printer's read key cannot mark
 * plates printed). Members signed in as people are not limited by scopes.
 */
export function requireScopeForPartner(actor: Actor, scope: Scope, what: string): void {
  if (actor.kind === 'partner' && !actor.scopes.includes(scope)) throw new Forbidden(`This API key may not ${what}: it lacks the ${scope} scope.`);
}

export function requireSignedIn(actor: Actor): asserts actor is Actor & { accountId: string } {
  if (actor.kind === 'anonymous') throw new Unauthenticated();
}

export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  requireSignedIn(actor);
  if (!hasRole(actor, ...roles)) throw new Forbidden(`Only ${roles.join(', ').toLowerCase().replaceAll('_', ' ')} may ${what}.`);
}
