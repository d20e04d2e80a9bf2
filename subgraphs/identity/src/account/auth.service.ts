import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, JUSTICE_ROLES, STAFF_ROLES } from '@simveb/platform/auth/actor';
import { BadInput, Conflict, DomainError, Forbidden, Unauthenticated } from '@simveb/platform/errors';
import { isUniqueViolation } from '@simveb/platform/db/orm';
import type { WindowCounter } from '@simveb/platform/rate/counter';
import type { Messenger } from '@simveb/platform/messaging/messenger';
import type { IdentityRegistry } from '../integrations/identity-registry';
import { OtpPurpose } from '../otp/otp-challenge.entity';
import { maskDestination, type OtpService } from '../otp/otp.service';
import { Person } from '../person/person.entity';
import type { TokenService } from '../token/token.service';
import { Account, AccountStatus } from './account.entity';
import { normalizeIdentifier, type AuthPayload, type LoginInput, type SignUpInput } from './auth.types';
import { Profile, ProfileKind } from './profile.entity';
import { Affiliate, AffiliateStatus } from '../affiliate/affiliate.entity';

/** Compared against when the account does not exist, so a wrong identifier costs the same time as a wrong password. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0Lp6zAAeNWMCfAsUOJ0kfn7gfsNYbfgC5BuB7NPjBDM';
/** Password attempts per normalised identifier per 15 minutes (every attempt counts; a success gives its slot back). */
export const LOGIN_ATTEMPTS_PER_15_MIN = 10;
/** Staff second factor: challenges issued per account per 15 minutes, and wrong codes per account per hour across challenges. */
export const SECOND_FACTOR_ISSUES_PER_15_MIN = 5;
export const SECOND_FACTOR_FAILURES_PER_HOUR = 10;
/** Sign-in codes a citizen may ask per day. */
export const LOGIN_CODES_PER_DAY = 10;

const privileged = (p: Profile) => hasRole({ roles: p.roles } as never, ...STAFF_ROLES, ...JUSTICE_ROLES);
/** The one key a person's identifier counts under, however it is typed (+22990000001, 90000001, 9-0.000001). */
const identifierKey = (identifier: string) => {
  const n = normalizeIdentifier(identifier);
  return n.email ?? n.phone!;
};

/** What the sign-in use cases work with, built once per process (main.ts). */
export interface AuthDeps {
  registry: IdentityRegistry;
  otp: OtpService;
  tokens: TokenService;
  loginFailures: WindowCounter;
  messenger?: Messenger;
}

async function findAccount(em: EntityManager, identifier: string): Promise<Account | null> {
  const where = normalizeIdentifier(identifier);
  return em.findOne(Account, where);
}

async function profilesOf(em: EntityManager, accountId: string): Promise<Profile[]> {
  return em.find(Profile, { accountId, active: true }, { orderBy: { createdAt: 'asc' } });
}

async function session(em: EntityManager, account: Account, profile: Profile, mfa: boolean, deps: AuthDeps): Promise<AuthPayload> {
  account.lastLoginAt = new Date();
  const t = await deps.tokens.issue(em, account, profile, mfa);
  return { ...t, account, profile, secondFactor: null };
}

/**
 * Inscription: ANIP must know the NPI and agree on the birth date; names
 * come from ANIP, never from the form, and so does the phone the code is
 * sent to: an NPI and a birth date are printed on an ID card, so whoever
 * holds them must also read the code on the citizen's own phone. The
 * password and e-mail chosen travel with the code's challenge and are set
 * only when that code comes back, so an unconfirmed sign-up squats nothing:
 * the real owner signing up later takes the account over. Nothing is written
 * when ANIP does not answer.
 */
export async function signUp(em: EntityManager, input: SignUpInput, deps: AuthDeps) {
  const record = await deps.registry.findByNpi(input.npi);
  if (!record) throw BadInput.field('npi', 'ANIP has no citizen with this NPI.');
  // The Date scalar parses to a Date at UTC midnight; ANIP speaks YYYY-MM-DD.
  if (record.birthDate !== input.birthDate.toISOString().slice(0, 10)) throw BadInput.field('birthDate', 'This birth date does not match ANIP’s record for this NPI.');
  if (!record.phone) {
    throw BadInput.field('npi', 'ANIP has no phone number for you, so no code can be sent: sign up at an ANaTT counter with your ID card.');
  }
  const phone = normalizeIdentifier(record.phone).phone!;
  const email = input.email?.toLowerCase() ?? null;
  try {
    const account = await em.transactional(async (tx) => {
      let person = await tx.findOne(Person, { npi: input.npi });
      const existing = person ? await tx.findOne(Account, { personId: person.id }) : null;
      if (existing && existing.status !== AccountStatus.PENDING) {
        throw new Conflict('An account already exists for this NPI; sign in, or recover it with a code.');
      }
      person ??= tx.create(Person, { npi: record.npi, firstName: record.firstName, lastName: record.lastName, birthDate: record.birthDate });
      person.phone = record.phone;
      person.commune = record.commune;
      person.email = record.email;
      // Another person's unconfirmed sign-up does not keep this phone.
      await tx.nativeUpdate(Account, { phone, status: AccountStatus.PENDING, ...(existing ? { id: { $ne: existing.id } } : {}) }, { phone: null });
      if (existing) {
        existing.phone = phone;
        return existing;
      }
      const created = tx.create(Account, { personId: person.id, phone, email: null, passwordHash: null });
      tx.create(Profile, { accountId: created.id, kind: ProfileKind.CITIZEN, roles: ['CITIZEN'] });
      return created;
    });
    const challenge = await deps.otp.issue(em, account.id, OtpPurpose.SIGN_UP, phone, {
      email,
      passwordHash: input.password ? await hash(input.password) : null,
    });
    return { challengeId: challenge.id, destination: maskDestination(phone), expiresAt: challenge.expiresAt };
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict('This phone already belongs to an account: sign in, or recover it with a code.');
    throw err;
  }
}

export async function login(em: EntityManager, input: LoginInput, deps: AuthDeps): Promise<AuthPayload> {
  const key = `password:${identifierKey(input.identifier)}`;
  // Every attempt takes a slot first (atomically, across replicas): parallel guesses cannot all pass the check.
  const { total, resetInSeconds } = await deps.loginFailures.hit(key, 15 * 60, 1);
  if (total > LOGIN_ATTEMPTS_PER_15_MIN) {
    throw new DomainError('RATE_LIMITED', `Too many failed sign-ins for this identifier; wait ${Math.ceil(resetInSeconds / 60)} minutes or sign in with a code.`, {
      retryAfterSeconds: resetInSeconds,
    });
  }
  const account = await findAccount(em, input.identifier);
  const ok = await verify(account?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!account || !account.passwordHash || !ok) throw new Unauthenticated('Wrong identifier or password.');
  await deps.loginFailures.hit(key, 15 * 60, -1);
  if (account.status !== AccountStatus.ACTIVE) throw new Forbidden('This account is not active; confirm your phone or contact ANaTT.');
  const profiles = await profilesOf(em, account.id);
  const staff = profiles.find(privileged);
  if (staff) {
    // Staff: the password alone never opens a session, and the second factor cannot be tried forever.
    await refuseIfSecondFactorLocked(account.id, deps);
    const issued = await deps.loginFailures.hit(`2fa-issue:${account.id}`, 15 * 60, 1);
    if (issued.total > SECOND_FACTOR_ISSUES_PER_15_MIN) {
      throw new DomainError('RATE_LIMITED', `Too many sign-in codes asked for this account; try again in ${Math.ceil(issued.resetInSeconds / 60)} minutes.`, {
        retryAfterSeconds: issued.resetInSeconds,
      });
    }
    const dest = account.phone ?? account.email!;
    const challenge = await deps.otp.issue(em, account.id, OtpPurpose.SECOND_FACTOR, dest, { profileId: staff.id });
    return {
      accessToken: null,
      refreshToken: null,
      expiresAt: null,
      account,
      profile: null,
      secondFactor: { challengeId: challenge.id, destination: maskDestination(dest), expiresAt: challenge.expiresAt },
    };
  }
  const profile = profiles[0];
  if (!profile) throw new Forbidden('This account has no active profile.');
  return session(em, account, profile, false, deps);
}

async function refuseIfSecondFactorLocked(accountId: string, deps: AuthDeps): Promise<void> {
  const { total, resetInSeconds } = await deps.loginFailures.hit(`2fa-fail:${accountId}`, 3600, 0);
  if (total >= SECOND_FACTOR_FAILURES_PER_HOUR) {
    throw new DomainError('RATE_LIMITED', `Too many wrong codes: staff sign-in is locked for this account for ${Math.ceil(resetInSeconds / 60)} minutes.`, { retryAfterSeconds: resetInSeconds });
  }
}

/** A wrong second-factor code counts against the account across challenges; the last allowed one locks it and tells its owner. */
async function countWrongSecondFactor(account: Account, deps: AuthDeps): Promise<void> {
  const { total } = await deps.loginFailures.hit(`2fa-fail:${account.id}`, 3600, 1);
  if (total === SECOND_FACTOR_FAILURES_PER_HOUR && account.phone) {
    await deps.messenger
      ?.send({
        channel: 'sms',
        to: account.phone,
        body: 'SIMVEB : trop de codes erronés ont été saisis pour votre compte agent. La connexion est bloquée pendant une heure. Si ce n’était pas vous, prévenez l’ANaTT.',
        idempotencyKey: `2fa-lock:${account.id}:${Math.floor(Date.now() / 3_600_000)}`,
      })
      .catch(() => undefined);
  }
}

/**
 * Always answers the same way and takes about as long, so it does not tell
 * which identifiers have accounts: no code, a throttled resend and the daily
 * cap all look like a code sent.
 */
export async function requestLoginOtp(em: EntityManager, identifier: string, deps: AuthDeps) {
  const account = await findAccount(em, identifier);
  const dest = account ? (normalizeIdentifier(identifier).email ? account.email! : account.phone!) : identifier.trim();
  const silent = async () => {
    await hash(String(Math.random()));
    return { challengeId: randomUUID(), destination: maskDestination(dest), expiresAt: new Date(Date.now() + 300_000) };
  };
  if (!account || account.status === AccountStatus.SUSPENDED || !dest) return silent();
  const { total } = await deps.loginFailures.hit(`login-codes:${account.id}`, 86_400, 1);
  if (total > LOGIN_CODES_PER_DAY) return silent();
  const purpose = account.status === AccountStatus.PENDING ? OtpPurpose.SIGN_UP : OtpPurpose.LOGIN;
  try {
    const challenge = await deps.otp.issue(em, account.id, purpose, dest);
    return { challengeId: challenge.id, destination: maskDestination(dest), expiresAt: challenge.expiresAt };
  } catch (err) {
    if (err instanceof DomainError && err.code === 'RATE_LIMITED') return silent();
    throw err;
  }
}

export async function verifyOtp(em: EntityManager, challengeId: string, code: string, deps: AuthDeps): Promise<AuthPayload> {
  const challenge = await deps.otp.verify(em, challengeId, code, [OtpPurpose.LOGIN, OtpPurpose.SIGN_UP, OtpPurpose.SECOND_FACTOR], {
    before: async (c) => {
      if (c.purpose === OtpPurpose.SECOND_FACTOR) await refuseIfSecondFactorLocked(c.accountId, deps);
    },
    onWrongCode: async (c) => {
      if (c.purpose === OtpPurpose.SECOND_FACTOR) await countWrongSecondFactor(await em.findOneOrFail(Account, c.accountId), deps);
    },
  });
  const account = await em.findOneOrFail(Account, challenge.accountId);
  const profiles = await profilesOf(em, account.id);
  if (challenge.purpose === OtpPurpose.SECOND_FACTOR) {
    const profile = profiles.find((p) => p.id === challenge.context?.profileId);
    if (!profile) throw new Forbidden('This profile is no longer active.');
    return session(em, account, profile, true, deps);
  }
  if (challenge.purpose === OtpPurpose.SIGN_UP) {
    // What the sign-up chose takes effect with its own code only (an earlier or later sign-up's code sets its own).
    if (account.status === AccountStatus.PENDING && challenge.context) {
      if (typeof challenge.context.passwordHash === 'string') account.passwordHash = challenge.context.passwordHash;
      if (typeof challenge.context.email === 'string') {
        const taken = await em.count(Account, { email: challenge.context.email, id: { $ne: account.id } });
        if (!taken) account.email = challenge.context.email;
      }
    }
    account.status = AccountStatus.ACTIVE;
  }
  if (account.status !== AccountStatus.ACTIVE) throw new Forbidden('This account is not active.');
  // A code alone opens only non-privileged profiles; staff sign in with password and code.
  const profile = profiles.find((p) => !privileged(p));
  if (!profile) throw new Forbidden('Staff accounts sign in with their password, then a code.');
  return session(em, account, profile, false, deps);
}

export async function refresh(em: EntityManager, refreshToken: string, profileId: string | undefined, deps: AuthDeps): Promise<AuthPayload> {
  // Consumed outside the transaction: a replay's family revocation must stick even though the request fails.
  const used = await deps.tokens.consume(em, refreshToken);
  return em.transactional(async (tx) => {
    const account = await tx.findOneOrFail(Account, used.accountId);
    if (account.status !== AccountStatus.ACTIVE) throw new Unauthenticated('This account is no longer active.');
    const profiles = await profilesOf(tx, account.id);
    const profile = profiles.find((p) => p.id === (profileId ?? used.profileId));
    if (!profile) throw profileId ? BadInput.field('profileId', 'Not one of your active profiles.') : new Unauthenticated('Your profile was withdrawn; sign in again.');
    if (privileged(profile) && !used.mfa) throw new Forbidden('Acting as staff needs a sign-in with password and code.');
    if (profile.affiliateId) {
      const affiliate = await tx.findOne(Affiliate, profile.affiliateId);
      if (affiliate?.status !== AffiliateStatus.APPROVED) throw new Unauthenticated('Your organisation is not approved any more; sign in with another profile.');
    }
    const t = await deps.tokens.issue(tx, account, profile, used.mfa, used.familyId);
    return { ...t, account, profile, secondFactor: null };
  });
}

export async function logout(em: EntityManager, refreshToken: string, deps: AuthDeps): Promise<boolean> {
  const used = await deps.tokens.consume(em, refreshToken).catch(() => null);
  if (used) await deps.tokens.revokeFamily(em, used.familyId);
  return true;
}
