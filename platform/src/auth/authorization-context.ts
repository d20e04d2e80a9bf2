import { JUSTICE_ROLES, STAFF_ROLES, type Actor } from './actor';

/**
 * The authorization context: the part of a caller's identity that the
 * subgraphs' visibility and field rules are allowed to depend on when one
 * execution serves many callers (shared subscriptions, docs/decisions/0011).
 *
 *   kind, roles, affiliate id and kind, scopes (partners), the party for
 *   callers acting as themselves (citizens, companies' people), and the
 *   management centres on the roster for agents and service heads.
 *
 * Everything else (account, profile, commune, a staff member's own party) is
 * removed from the actor of a shared execution by `narrowActor`, so a rule
 * that reads it sees nothing rather than the first subscriber's identity.
 */
export interface AuthorizationContext {
  kind: Actor['kind'];
  roles: string[];
  party: string | null;
  affiliateId: string | null;
  affiliateKind: string | null;
  scopes: string[];
  centers: string[];
}

/** Request header by which the router tells a subgraph that one execution serves several callers of the same context. */
export const SHARED_CONTEXT_HEADER = 'x-simveb-shared-context';

/** People acting for themselves: their own party decides what they see. Staff and justice see by role, affiliates by organisation. */
export function actsAsThemselves(actor: Actor): boolean {
  return actor.kind === 'user' && !actor.affiliateId && !actor.roles.some((r) => STAFF_ROLES.includes(r) || JUSTICE_ROLES.includes(r));
}

/** Agents and service heads see their centres' demands: the roster, read by registration, is part of their context. */
export function usesRoster(actor: Actor): boolean {
  return actor.roles.includes('AGENT') || actor.roles.includes('SERVICE_HEAD');
}

export function authorizationContextOf(actor: Actor, centers: readonly string[]): AuthorizationContext {
  return {
    kind: actor.kind,
    roles: [...actor.roles].sort(),
    party: actsAsThemselves(actor) ? actor.partyId : null,
    affiliateId: actor.affiliateId,
    affiliateKind: actor.affiliateKind,
    scopes: actor.kind === 'partner' ? [...actor.scopes].sort() : [],
    centers: usesRoster(actor) ? [...centers].sort() : [],
  };
}

/** A stable string for the context: equal strings, equal rights. */
export function authorizationContextKey(context: AuthorizationContext): string {
  return JSON.stringify([context.kind, context.roles, context.party, context.affiliateId, context.affiliateKind, context.scopes, context.centers]);
}

/**
 * The actor of a shared execution: only the authorization context's claims
 * are left (the roster is read by registration from `rosterPartyOf` of the
 * full actor). The token stays so the subgraph can call others on the
 * caller's behalf; each of them narrows it again.
 */
export function narrowActor(actor: Actor): Actor {
  if (actor.kind === 'anonymous') return actor;
  let narrowed = narrowedOf.get(actor);
  if (!narrowed) {
    narrowed = Object.freeze({
      kind: actor.kind,
      accountId: null,
      partyId: actsAsThemselves(actor) ? actor.partyId : null,
      profileId: null,
      roles: Object.freeze([...actor.roles]),
      affiliateId: actor.affiliateId,
      affiliateKind: actor.affiliateKind,
      scopes: Object.freeze(actor.kind === 'partner' ? [...actor.scopes] : []),
      commune: null,
      token: actor.token,
    }) as Actor;
    narrowedOf.set(actor, narrowed);
  }
  return narrowed;
}

/**
 * One narrowed actor per verified actor (the verifier hands out one frozen
 * actor per token): registration holds one per upstream operation for hours,
 * and a caller with several operations needs only one.
 */
const narrowedOf = new WeakMap<Actor, Actor>();

/** Whose roster decides an agent's centres (their party), or null when the roster plays no part. */
export function rosterPartyOf(actor: Actor): string | null {
  return usesRoster(actor) ? actor.partyId : null;
}
