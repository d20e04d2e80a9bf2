import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, JUSTICE_ROLES, STAFF_ROLES } from '@simveb/platform/auth/actor';
import { BadInput, Conflict, DomainError, Forbidden, Unauthenticated } from '@simveb/platform/errors';
import { isUniqueViolation } from '@simveb/platform/db/orm';
import type { WindowCounter } from '@simveb/platform/rate/counter';
import type { IdentityRegistry } from '../integrations/identity-registry';
import { OtpPurpose } from '../otp/otp-challenge.entity';
import { maskDestination, type OtpService } from '../otp/otp.service';
import { Person } from '../person/person.entity';
import type { TokenService } from '../token/token.service';
import { Account, AccountStatus } from './account.entity';
import { normalizeIdentifier, type AuthPayload, type LoginInput, type SignUpInput } from './auth.types';
import { Profile, ProfileKind } from './profile.entity';

/** Compared against when the account does not exist, so a wrong identifier costs the same time as a wrong password. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0Lp6zAAeNWMCfAsUOJ0kfn7gfsNYbfgC5BuB7NPjBDM';
const LOGIN_FAILURES_PER_15_MIN = 10;

const privileged = (p: Profile) => hasRole({ roles: p.roles } as never, ...STAFF_ROLES, ...JUSTICE_ROLES);

export class AuthService {
  constructor(
    private readonly registry: IdentityRegistry,
    private readonly otp: OtpService,
    private readonly tokens: TokenService,
    private readonly loginFailures: WindowCounter,
  ) {}

  async findAccount(em: EntityManager, identifier: string): Promise<Account | null> {
    const where = normalizeIdentifier(identifier);
    return em.findOne(Account, where);
  }

  private async profilesOf(em: EntityManager, accountId: string): Promise<Profile[]> {
    return em.find(Profile, { accountId, active: true }, { orderBy: { createdAt: 'asc' } });
  }

  private async session(em: EntityManager, account: Account, profile: Profile, mfa: boolean): Promise<AuthPayload> {
    account.lastLoginAt = new Date();
    const t = await this.tokens.issue(em, account, profile, mfa);
    return { ...t, account, profile, secondFactor: null };
  }

  /**
   * Inscription: ANIP must know the NPI and agree on the birth date; names
   * come from ANIP, never from the form. Nothing is written when ANIP does
   * not answer. The account stays PENDING until the SMS code comes back.
   */
  async signUp(em: EntityManager, input: SignUpInput) {
    const record = await this.registry.findByNpi(input.npi);
    if (!record) throw BadInput.field('npi', 'ANIP has no citizen with this NPI.');
    // The Date scalar parses to a Date at UTC midnight; ANIP speaks YYYY-MM-DD.
    if (record.birthDate !== input.birthDate.toISOString().slice(0, 10)) throw BadInput.field('birthDate', 'This birth date does not match ANIP’s record for this NPI.');
    try {
      const account = await em.transactional(async (tx) => {
        let person = await tx.findOne(Person, { npi: input.npi });
        if (person && (await tx.count(Account, { personId: person.id }))) {
          throw new Conflict('An account already exists for this NPI; sign in, or recover it with a code.');
        }
        person ??= tx.create(Person, { npi: record.npi, firstName: record.firstName, lastName: record.lastName, birthDate: record.birthDate });
        person.phone = record.phone;
        person.commune = record.commune;
        person.email = record.email;
        const created = tx.create(Account, {
          personId: person.id,
          phone: input.phone,
          email: input.email?.toLowerCase() ?? null,
          passwordHash: input.password ? await hash(input.password) : null,
        });
        tx.create(Profile, { accountId: created.id, kind: ProfileKind.CITIZEN, roles: ['CITIZEN'] });
        return created;
      });
      const challenge = await this.otp.issue(em, account.id, OtpPurpose.SIGN_UP, input.phone);
      return { challengeId: challenge.id, destination: maskDestination(input.phone), expiresAt: challenge.expiresAt };
    } catch (err) {
      if (isUniqueViolation(err)) throw new Conflict('This phone or e-mail already belongs to an account.');
      throw err;
    }
  }

  async login(em: EntityManager, input: LoginInput): Promise<AuthPayload> {
    const key = input.identifier.trim().toLowerCase();
    const { total } = await this.loginFailures.hit(`peek:${key}`, 15 * 60, 0);
    if (total >= LOGIN_FAILURES_PER_15_MIN) throw new DomainError('RATE_LIMITED', 'Too many failed sign-ins for this identifier; wait 15 minutes or sign in with a code.');
    const account = await this.findAccount(em, input.identifier);
    const ok = await verify(account?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
    if (!account || !account.passwordHash || !ok) {
      await this.loginFailures.hit(`peek:${key}`, 15 * 60, 1);
      throw new Unauthenticated('Wrong identifier or password.');
    }
    if (account.status !== AccountStatus.ACTIVE) throw new Forbidden('This account is not active; confirm your phone or contact ANaTT.');
    const profiles = await this.profilesOf(em, account.id);
    const staff = profiles.find(privileged);
    if (staff) {
      // Staff: the password alone never opens a session.
      const dest = account.phone ?? account.email!;
      const challenge = await this.otp.issue(em, account.id, OtpPurpose.SECOND_FACTOR, dest, { profileId: staff.id });
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
    return this.session(em, account, profile, false);
  }

  /** Always answers the same way, so it does not tell which identifiers have accounts. */
  async requestLoginOtp(em: EntityManager, identifier: string) {
    const account = await this.findAccount(em, identifier);
    const dest = account ? (normalizeIdentifier(identifier).email ? account.email! : account.phone!) : identifier.trim();
    if (!account || account.status === AccountStatus.SUSPENDED) {
      return { challengeId: '00000000-0000-4000-8000-000000000000', destination: maskDestination(dest), expiresAt: new Date(Date.now() + 300_000) };
    }
    const purpose = account.status === AccountStatus.PENDING ? OtpPurpose.SIGN_UP : OtpPurpose.LOGIN;
    const challenge = await this.otp.issue(em, account.id, purpose, dest);
    return { challengeId: challenge.id, destination: maskDestination(dest), expiresAt: challenge.expiresAt };
  }

  async verifyOtp(em: EntityManager, challengeId: string, code: string): Promise<AuthPayload> {
    const challenge = await this.otp.verify(em, challengeId, code, [OtpPurpose.LOGIN, OtpPurpose.SIGN_UP, OtpPurpose.SECOND_FACTOR]);
    const account = await em.findOneOrFail(Account, challenge.accountId);
    const profiles = await this.profilesOf(em, account.id);
    if (challenge.purpose === OtpPurpose.SECOND_FACTOR) {
      const profile = profiles.find((p) => p.id === challenge.context?.profileId);
      if (!profile) throw new Forbidden('This profile is no longer active.');
      return this.session(em, account, profile, true);
    }
    if (challenge.purpose === OtpPurpose.SIGN_UP) account.status = AccountStatus.ACTIVE;
    if (account.status !== AccountStatus.ACTIVE) throw new Forbidden('This account is not active.');
    // A code alone opens only non-privileged profiles; staff sign in with password and code.
    const profile = profiles.find((p) => !privileged(p));
    if (!profile) throw new Forbidden('Staff accounts sign in with their password, then a code.');
    return this.session(em, account, profile, false);
  }

  async refresh(em: EntityManager, refreshToken: string, profileId?: string): Promise<AuthPayload> {
    // Consumed outside the transaction: a replay's family revocation must stick even though the request fails.
    const used = await this.tokens.consume(em, refreshToken);
    return em.transactional(async (tx) => {
      const account = await tx.findOneOrFail(Account, used.accountId);
      if (account.status !== AccountStatus.ACTIVE) throw new Unauthenticated('This account is no longer active.');
      const profiles = await this.profilesOf(tx, account.id);
      const profile = profiles.find((p) => p.id === (profileId ?? used.profileId));
      if (!profile) throw profileId ? BadInput.field('profileId', 'Not one of your active profiles.') : new Unauthenticated('Your profile was withdrawn; sign in again.');
      if (privileged(profile) && !used.mfa) throw new Forbidden('Acting as staff needs a sign-in with password and code.');
      const t = await this.tokens.issue(tx, account, profile, used.mfa, used.familyId);
      return { ...t, account, profile, secondFactor: null };
    });
  }

  async logout(em: EntityManager, refreshToken: string): Promise<boolean> {
    const used = await this.tokens.consume(em, refreshToken).catch(() => null);
    if (used) await this.tokens.revokeFamily(em, used.familyId);
    return true;
  }
}
