import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The holder's code of a print order: six digits derived from the order id
 * with the register's secret, so nothing secret is stored and only the holder
 * (and ANaTT) are shown it. The printer types it in when the holder is there.
 */
export function holderCode(secret: string, printOrderId: string): string {
  const n = createHmac('sha256', secret).update(`print-order|${printOrderId}`).digest().readUInt32BE(0) % 1_000_000;
  return String(n).padStart(6, '0');
}

export function holderCodeMatches(secret: string, printOrderId: string, given: string): boolean {
  const expected = Buffer.from(holderCode(secret, printOrderId));
  const got = Buffer.from(given.trim());
  return expected.length === got.length && timingSafeEqual(expected, got);
}
