import type { BillingVerification } from '@simveb/platform/documents/billing-verification';
import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';

export { BILLING_KINDS } from '@simveb/platform/documents/billing-verification';

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

  verify(code: string): Promise<BillingVerification> {
    return this.call(async (signal) => {
      const url = new URL('/internal/documents/verify', this.graphqlUrl);
      url.searchParams.set('code', code);
      const res = await fetchTransient('billing', url.toString(), { headers: { 'x-internal-token': this.internalToken }, signal });
      if (!res.ok) throw new Error(`billing refused the verification: ${res.status}`);
      return (await res.json()) as BillingVerification;
    });
  }
}
