import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInput, DomainError } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import type { Messenger } from '@simveb/platform/messaging/messenger';
import type { WindowCounter } from '@simveb/platform/rate/counter';
import { OtpChallenge, OtpPurpose } from './otp-challenge.entity';

export const OTP_TTL_SECONDS = 5 * 60;
export const OTP_MAX_ATTEMPTS = 5;
/** One code per account, purpose (and subject: the sale it confirms) per this many seconds. */
export const OTP_RESEND_SECONDS = 30;

/** An affiliate's name as an SMS quotes it: one line, at most 60 characters (names are approved by ANaTT, but an SMS is short). */
const quoted = (name: unknown): string => {
  const oneLine = String(name ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
};

const TEXTS: Record<OtpPurpose, (code: string, context: Record<string, unknown> | null) => string> = {
  SIGN_UP: (c) => `SIMVEB : votre code de confirmation d'inscription est ${c}. Il expire dans 5 minutes.`,
  LOGIN: (c) => `SIMVEB : votre code de connexion est ${c}. Il expire dans 5 minutes. Ne le communiquez à personne.`,
  SECOND_FACTOR: (c) => `SIMVEB : code de vérification agent ${c}. Il expire dans 5 minutes.`,
  // Who asks, in the holder's own words: a holder called by someone claiming to be another affiliate can tell.
  HOLDER_CONSENT: (c, ctx) =>
    `SIMVEB : ${ctx?.affiliateName ? `« ${quoted(ctx.affiliateName)} »` : 'un affilié'} demande à agir pour votre véhicule. Donnez-lui ce code seulement si vous êtes d'accord : ${c}.`,
  SALE_CONFIRMATION: (c) => `SIMVEB : pour confirmer la vente du véhicule, saisissez le code ${c}. Il expire dans 5 minutes. Ne le communiquez à personne.`,
};

/** The message carrying a code, as the person receives it. */
export const codeMessage = (purpose: OtpPurpose, code: string, context: Record<string, unknown> | null): string => TEXTS[purpose](code, context);

export function maskDestination(d: string): string {
  return d.includes('@') ? d.replace(/^(.).*(@.*)$/, '$1***$2') : d.replace(/^(\+?\d{3}).*(\d{2})$/, '$1 ** ** ** $2');
}

/**
 * One-time codes: 6 digits from the CSPRNG, kept only as an argon2id hash,
 * bound to one account and one purpose, 5 minutes, 5 attempts, resend
 * throttled across replicas.
 */
export class OtpService {
  constructor(
    private readonly messenger: Messenger,
    private readonly throttle: WindowCounter,
  ) {}

  async issue(em: EntityManager, accountId: string, purpose: OtpPurpose, destination: string, context: Record<string, unknown> | null = null): Promise<OtpChallenge> {
    // Codes people ask for are throttled; a second factor follows a correct password (itself rate limited).
    const { total, resetInSeconds } =
      purpose === OtpPurpose.SECOND_FACTOR
        ? { total: 1, resetInSeconds: 0 }
        : await this.throttle.hit(`${accountId}:${purpose}${context?.subjectId ? `:${String(context.subjectId)}` : ''}`, OTP_RESEND_SECONDS);
    if (total > 1) {
      throw new DomainError('RATE_LIMITED', `A code was sent moments ago; you can ask for another in ${resetInSeconds} s.`, { retryAfterSeconds: resetInSeconds });
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const challenge = em.create(OtpChallenge, {
      accountId,
      purpose,
      destination,
      context,
      codeHash: await hash(code),
      expiresAt: new Date(Date.now() + OTP_TTL_SECONDS * 1000),
    });
    await em.flush();
    await this.messenger.send({ channel: destination.includes('@') ? 'email' : 'sms', to: destination, subject: 'Code SIMVEB', body: codeMessage(purpose, code, context) });
    return challenge;
  }

  /**
   * Consumes the challenge when the code is right. Every try counts, the right
   * one included, and the count is taken atomically: parallel guesses cannot
   * exceed the limit.
   */
  async verify(
    em: EntityManager,
    challengeId: string,
    code: string,
    purposes: OtpPurpose[],
    hooks: {
      belongs?: (c: OtpChallenge) => boolean;
      /** Runs before the attempt is counted (e.g. an account-wide lock). */
      before?: (c: OtpChallenge) => Promise<void>;
      /** Runs when the code is wrong (e.g. counting failures across challenges). */
      onWrongCode?: (c: OtpChallenge) => Promise<void>;
    } = {},
  ): Promise<OtpChallenge> {
    const belongs = hooks.belongs ?? (() => true);
    const notValid = () => BadInput.field('challengeId', 'This code request does not exist or was already used; ask for a new code.');
    if (!isUuid(challengeId)) throw notValid();
    const challenge = await em.findOne(OtpChallenge, challengeId);
    if (!challenge || challenge.consumedAt || !purposes.includes(challenge.purpose) || !belongs(challenge)) throw notValid();
    if (challenge.expiresAt.getTime() < Date.now()) throw BadInput.field('code', 'This code has expired; ask for a new one.');
    await hooks.before?.(challenge);
    const [row] = await em
      .getConnection()
      .execute<{ attempts: number }[]>(
        'update otp_challenge set attempts = attempts + 1 where id = ? and attempts < ? and consumed_at is null returning attempts',
        [challenge.id, OTP_MAX_ATTEMPTS],
        'all',
        em.getTransactionContext(),
      );
    if (!row) {
      throw new DomainError('RATE_LIMITED', 'Too many wrong codes: this code is locked. Ask for a new one.');
    }
    if (!/^\d{6}$/.test(code) || !(await verify(challenge.codeHash, code))) {
      await hooks.onWrongCode?.(challenge);
      const left = OTP_MAX_ATTEMPTS - row.attempts;
      throw BadInput.field('code', left > 0 ? `Wrong code; ${left} attempt${left > 1 ? 's' : ''} left.` : 'Wrong code; this code is now locked. Ask for a new one.');
    }
    const consumed = await em.nativeUpdate(OtpChallenge, { id: challenge.id, consumedAt: null }, { consumedAt: new Date() });
    if (!consumed) throw notValid();
    return challenge;
  }
}
