import type { Role, Scope } from './actor';

export const ISSUER = 'simveb-identity';
export const AUDIENCE = 'simveb-graph';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const PARTNER_TOKEN_TTL_SECONDS = 60;

/** Claims of the access tokens identity signs (and partner tokens it exchanges for API keys). */
export interface AccessClaims {
  sub: string; // account id, or API key id for partners
  typ: 'user' | 'partner';
  pty: string | null; // party (person/company) id
  prf: string | null; // profile id
  rol: Role[];
  aff: string | null; // affiliate id
  afk: string | null; // affiliate kind
  scp: Scope[];
  cmn?: string | null; // commune of residence
}

/**
 * A holder's consent, given by one-time code, for one affiliate to file
 * demands on their behalf. Signed by identity; checked by registration.
 */
export interface ConsentClaims {
  sub: string; // the holder (person or company id)
  typ: 'consent';
  aff: string; // the affiliate allowed to act
  cmn?: string | null; // the holder's commune
  svc?: string; // the one service it allows
  veh?: string; // the one vehicle it allows
  jti?: string; // recorded when used: a consent serves one demand
}
export const CONSENT_TTL_SECONDS = 30 * 60;

/**
 * A party's confirmation, by one-time code to their own phone, of one sale
 * declaration (seller or buyer). Signed by identity; checked by registration.
 */
export interface SaleConfirmationClaims {
  sub: string; // the person or company confirming
  typ: 'sale-confirmation';
  dmd: string; // the sale declaration demand
}
export const SALE_CONFIRMATION_TTL_SECONDS = 10 * 60;
