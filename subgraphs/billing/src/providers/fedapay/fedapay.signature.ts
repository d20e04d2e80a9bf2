import { createHmac, timingSafeEqual } from 'node:crypto';

/** FedaPay's tolerance between the signature's timestamp and now. */
export const FEDAPAY_TOLERANCE_SECONDS = 300;

/** `X-FEDAPAY-SIGNATURE: t=<unix>,s=<hex HMAC-SHA256 of "<t>.<raw body>">` (the simulator signs with this too). */
export function signFedapay(secret: string, rawBody: string | Buffer, at = Math.floor(Date.now() / 1000)): string {
  return `t=${at},s=${createHmac('sha256', secret).update(`${at}.`).update(rawBody).digest('hex')}`;
}

export type SignatureCheck = 'ok' | 'missing' | 'malformed' | 'stale' | 'mismatch';

/**
 * Checks the header against the raw bytes received (never a re-serialised
 * body), in constant time, and refuses timestamps outside the tolerance so a
 * captured delivery cannot be replayed later.
 */
export function checkFedapaySignature(secret: string, header: string | undefined, rawBody: Buffer, now = Math.floor(Date.now() / 1000)): SignatureCheck {
  if (!header) return 'missing';
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  const given = parts.s;
  if (!Number.isInteger(t) || !given || !/^[0-9a-f]{64}$/i.test(given)) return 'malformed';
  if (Math.abs(now - t) > FEDAPAY_TOLERANCE_SECONDS) return 'stale';
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex')) ? 'ok' : 'mismatch';
}
