import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, JUSTICE_ROLES, requireRole, requireSignedIn, SCOPES, STAFF_ROLES, type Actor, type Role, type Scope } from '@simveb/platform/auth/actor';
import { PARTNER_TOKEN_TTL_SECONDS } from '@simveb/platform/auth/token-claims';
import { BadInput, Conflict, Forbidden, NotFound, Unauthenticated } from '@simveb/platform/errors';
import { isUniqueViolation } from '@simveb/platform/db/orm';
import { isUuid } from '@simveb/platform/ids';
import { Account } from '../account/account.entity';
import { Profile, ProfileKind } from '../account/profile.entity';
import { ApiKey } from '../api-key/api-key.entity';
import { audit as record } from '@simveb/platform/audit/audit-entry.entity';
import { Person } from '../person/person.entity';
import type { KeyStore } from '../token/key-store';
import type { TokenService } from '../token/token.service';
import { Affiliate, AffiliateKind, AffiliateStatus } from './affiliate.entity';
import { Invitation, InvitationStatus } from './invitation.entity';

const AFFILIATE_ROLES: readonly Role[] = ['AFFILIATE_ADMIN', 'AFFILIATE_MEMBER'];
const GRANTABLE_STAFF: readonly Role[] = [...STAFF_ROLES, ...JUSTICE_ROLES];

const audit = (em: EntityManager, actor: Actor, action: string, subject: string, detail: Record<string, unknown> = {}) => record(em, actor.accountId, action, subject, detail);

/** Who may grant what: nobody grants a role they do not hold (ANaTT admins hold every staff and affiliate right). */
export function canGrant(actor: Actor, role: Role, affiliateId: string | null): boolean {
  if (hasRole(actor, 'ADMIN')) return true;
  if (affiliateId && actor.affiliateId === affiliateId && hasRole(actor, 'AFFILIATE_ADMIN')) return AFFILIATE_ROLES.includes(role);
  return false;
}

export async function createAffiliate(em: EntityManager, actor: Actor, input: { name: string; kind: AffiliateKind }) {
  requireRole(actor, ['ADMIN'], 'register an affiliate');
  try {
    const a = em.create(Affiliate, { name: input.name.trim(), kind: input.kind });
    audit(em, actor, 'affiliate.create', a.id, { name: a.name, kind: a.kind });
    await em.flush();
    return a;
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict(`An affiliate named "${input.name}" already exists.`);
    throw err;
  }
}

export async function setAffiliateStatus(em: EntityManager, actor: Actor, id: string, status: AffiliateStatus) {
  requireRole(actor, ['ADMIN'], 'approve or suspend an affiliate');
  const a = isUuid(id) ? await em.findOne(Affiliate, id) : null;
  if (!a) throw new NotFound('Affiliate', id);
  const from = a.status;
  a.status = status;
  audit(em, actor, 'affiliate.status', a.id, { from, to: status });
  await em.flush();
  return a;
}

/** ANaTT invites an affiliate's first member; its admins invite the next ones. Never yourself. */
export async function invite(em: EntityManager, actor: Actor, input: { affiliateId: string; npi: string; role: Role }) {
  requireSignedIn(actor);
  const affiliate = isUuid(input.affiliateId) ? await em.findOne(Affiliate, input.affiliateId) : null;
  if (!affiliate) throw new NotFound('Affiliate', input.affiliateId);
  if (!AFFILIATE_ROLES.includes(input.role)) throw BadInput.field('role', 'An affiliate member is AFFILIATE_ADMIN or AFFILIATE_MEMBER.');
  if (!canGrant(actor, input.role, affiliate.id)) throw new Forbidden('You cannot grant this role in this affiliate.');
  const self = actor.partyId ? await em.findOne(Person, actor.partyId) : null;
  if (self?.npi === input.npi) throw new Forbidden('You cannot invite yourself.');
  if (!/^\d{10}$/.test(input.npi)) throw BadInput.field('npi', 'The NPI has 10 digits.');
  const inv = em.create(Invitation, { affiliateId: affiliate.id, npi: input.npi, roles: [input.role], invitedBy: actor.accountId });
  audit(em, actor, 'affiliate.invite', affiliate.id, { npi: input.npi, role: input.role });
  await em.flush();
  return inv;
}

export async function acceptInvitation(em: EntityManager, actor: Actor, invitationId: string) {
  requireSignedIn(actor);
  const inv = isUuid(invitationId) ? await em.findOne(Invitation, invitationId) : null;
  const me = actor.partyId ? await em.findOne(Person, actor.partyId) : null;
  if (!inv || inv.status !== InvitationStatus.PENDING || !me || me.npi !== inv.npi) throw new NotFound('Invitation', invitationId);
  const affiliate = await em.findOneOrFail(Affiliate, inv.affiliateId);
  if (affiliate.status !== AffiliateStatus.APPROVED) throw new Forbidden('This affiliate is not approved by ANaTT (or is suspended).');
  inv.status = InvitationStatus.ACCEPTED;
  const profile = em.create(Profile, { accountId: actor.accountId!, kind: ProfileKind.AFFILIATE, roles: inv.roles, affiliateId: affiliate.id, grantedBy: inv.invitedBy });
  audit(em, actor, 'affiliate.join', affiliate.id, { invitation: inv.id, roles: inv.roles });
  await em.flush();
  return profile;
}

/** ANaTT staff and justice roles: admins only, never to themselves. */
export async function grantStaffRole(em: EntityManager, actor: Actor, input: { npi: string; role: Role }) {
  requireRole(actor, ['ADMIN'], 'grant staff roles');
  if (!GRANTABLE_STAFF.includes(input.role)) throw BadInput.field('role', `Staff roles are ${GRANTABLE_STAFF.join(', ')}.`);
  const person = await em.findOne(Person, { npi: input.npi });
  const account = person ? await em.findOne(Account, { personId: person.id }) : null;
  if (!account) throw new NotFound('Account for NPI', input.npi);
  if (account.id === actor.accountId) throw new Forbidden('You cannot grant a role to yourself.');
  const kind = JUSTICE_ROLES.includes(input.role) ? ProfileKind.JUSTICE : ProfileKind.STAFF;
  let profile = await em.findOne(Profile, { accountId: account.id, kind, active: true });
  if (profile) {
    if (!profile.roles.includes(input.role)) profile.roles = [...profile.roles, input.role];
  } else {
    profile = em.create(Profile, { accountId: account.id, kind, roles: [input.role], grantedBy: actor.accountId });
  }
  audit(em, actor, 'role.grant', account.id, { role: input.role });
  await em.flush();
  return profile;
}

export async function createApiKey(em: EntityManager, actor: Actor, input: { affiliateId: string; name: string; scopes: Scope[] }) {
  requireRole(actor, ['ADMIN'], 'create partner API keys');
  const affiliate = isUuid(input.affiliateId) ? await em.findOne(Affiliate, input.affiliateId) : null;
  if (!affiliate) throw new NotFound('Affiliate', input.affiliateId);
  const bad = input.scopes.filter((s) => !SCOPES.includes(s));
  if (bad.length || !input.scopes.length) throw BadInput.field('scopes', `Choose among ${SCOPES.join(', ')}.`);
  // Insurers consult the register; they never file or change anything.
  if (affiliate.kind === AffiliateKind.INSURER && input.scopes.some((s) => !s.endsWith(':read'))) {
    throw BadInput.field('scopes', 'An insurer’s keys are read-only: choose among the :read scopes.');
  }
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const key = em.create(ApiKey, {
    affiliateId: affiliate.id,
    name: input.name,
    prefix,
    secretHash: createHash('sha256').update(secret).digest('hex'),
    scopes: input.scopes,
    createdBy: actor.accountId!,
  });
  audit(em, actor, 'apikey.create', key.id, { affiliateId: affiliate.id, scopes: input.scopes });
  await em.flush();
  return { key, secret: `sk_${prefix}_${secret}` };
}

export async function revokeApiKey(em: EntityManager, actor: Actor, id: string) {
  requireRole(actor, ['ADMIN'], 'revoke partner API keys');
  const key = isUuid(id) ? await em.findOne(ApiKey, id) : null;
  if (!key) throw new NotFound('API key', id);
  key.revokedAt ??= new Date();
  audit(em, actor, 'apikey.revoke', key.id);
  await em.flush();
  return key;
}

/**
 * Exchanges an API key for a partner token (one minute): the router does
 * this on every request, so a revoked key fails on the next one.
 */
export async function exchangeApiKey(em: EntityManager, presented: string, tokens: TokenService): Promise<{ token: string; expiresAt: Date }> {
  const m = /^sk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(presented);
  if (!m) throw new Unauthenticated('Not a SIMVEB API key.');
  const key = await em.findOne(ApiKey, { prefix: m[1]! });
  const hash = createHash('sha256').update(m[2]!).digest('hex');
  if (!key || key.revokedAt || !timingSafeEqual(Buffer.from(key.secretHash, 'hex'), Buffer.from(hash, 'hex'))) throw new Unauthenticated('This API key is unknown or revoked.');
  const affiliate = await em.findOne(Affiliate, key.affiliateId);
  if (!affiliate || affiliate.status !== AffiliateStatus.APPROVED) throw new Unauthenticated('This API key’s affiliate is not active.');
  // Last-used time is informative: write it at most once a minute per key.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: new Date() });
  }
  return tokens.sign(
    { sub: key.id, typ: 'partner', pty: affiliate.companyId ?? null, prf: null, rol: ['PARTNER'], aff: affiliate.id, afk: affiliate.kind, scp: key.scopes },
    PARTNER_TOKEN_TTL_SECONDS,
  );
}

export async function rotateSigningKey(em: EntityManager, actor: Actor, keys: KeyStore): Promise<string> {
  requireRole(actor, ['ADMIN'], 'rotate signing keys');
  const kid = await keys.rotate();
  audit(em, actor, 'keys.rotate', kid);
  await em.flush();
  return kid;
}
