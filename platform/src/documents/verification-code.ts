import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The code in a document's QR: `<kind>.<id>.<signature>`, the signature an
 * HMAC-SHA256 of kind and id with the register's secret. Anyone can read the
 * id; nobody without the secret can make a code for another one, and any
 * altered character is refused.
 */
export function signCode(secret: string, kind: string, id: string): string {
  return `${kind}.${id}.${mac(secret, kind, id)}`;
}

export function readCode(secret: string, code: string): { kind: string; id: string } | null {
  const m = /^([A-Z]{2,4})\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{22})$/.exec(code.trim());
  if (!m) return null;
  const expected = Buffer.from(mac(secret, m[1]!, m[2]!));
  const given = Buffer.from(m[3]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { kind: m[1]!, id: m[2]! } : null;
}

function mac(secret: string, kind: string, id: string): string {
  return createHmac('sha256', secret).update(`${kind}|${id}`).digest('base64url').slice(0, 22);
}
