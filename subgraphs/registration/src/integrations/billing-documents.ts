import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';

/** Billing's word on one of its documents (invoice FAC, receipt REC). */
export interface BillingDocumentFacts {
  valid: boolean;
  status: 'VALID' | 'REVOKED' | 'INVALID';
  kind: 'INVOICE' | 'RECEIPT' | null;
  number: string | null;
  issuedAt: string | null;
  amount: number | null;
}

/** Kinds of verification code that billing signs and answers for. */
export const BILLING_KINDS = new Set(['FAC', 'REC']);

/**
 * verifyDocument is one public question for every document of the register;
 * invoices and receipts are billing's, so their codes are passed to billing's
 * internal verifier (which alone holds the facts and checks the signature).
 */
export class BillingDocuments {
  private readonly call = resilient('billing', { timeoutMs: 3_000, retries: 1 });

  constructor(
    private readonly graphqlUrl: string,
    private readonly internalToken: string,
  ) {}

  verify(code: string): Promise<BillingDocumentFacts> {
    return this.call(async (signal) => {
      const url = new URL('/internal/documents/verify', this.graphqlUrl);
      url.searchParams.set('code', code);
      const res = await fetchTransient('billing', url.toString(), { headers: { 'x-internal-token': this.internalToken }, signal });
      if (!res.ok) throw new Error(`billing refused the verification: ${res.status}`);
      return (await res.json()) as BillingDocumentFacts;
    });
  }
}
