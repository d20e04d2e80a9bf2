/**
 * What billing answers for one of its documents (invoice `FAC`, receipt
 * `REC`) on its internal verifier; registration's public verifyDocument
 * passes it on.
 */
export interface BillingVerification {
  valid: boolean;
  status: 'VALID' | 'REVOKED' | 'INVALID';
  kind: 'INVOICE' | 'RECEIPT' | null;
  number: string | null;
  issuedAt: string | null;
  amount: number | null;
  orderNumber: string | null;
}

/** Kinds of verification code that billing signs and answers for. */
export const BILLING_KINDS = new Set(['FAC', 'REC']);
