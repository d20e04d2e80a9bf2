import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';
import { PaymentProvider } from '../../payment/payment.enums';
import type { CheckoutRequest, CheckoutSession, PaymentGateway, ProviderTransaction } from '../payment-gateway';
import type { KkiapayTransaction } from './kkiapay.protocol';

export interface KkiapayKeys {
  publicKey: string;
  privateKey: string;
  secret: string;
}

const STATUS: Record<KkiapayTransaction['status'], ProviderTransaction['status']> = { SUCCESS: 'APPROVED', REVERTED: 'REVERSED', FAILED: 'DECLINED', PENDING: 'PENDING' };

/**
 * KKiaPay: payment happens in its widget (opened with the public key, the
 * amount and our payment id as `data`); the server only trusts the verify
 * API, called with the private key and secret.
 */
export class KkiapayGateway implements PaymentGateway {
  readonly provider = PaymentProvider.KKIAPAY;
  private readonly call = resilient('KKiaPay', { timeoutMs: 5_000, retries: 2, breakAfter: 5, halfOpenAfterMs: 2_000 });

  constructor(
    private readonly apiUrl: string,
    private readonly widgetUrl: string,
    private readonly keys: KkiapayKeys,
    private readonly callbackUrl: string,
  ) {}

  async createCheckout(req: CheckoutRequest): Promise<CheckoutSession> {
    const url = new URL(this.widgetUrl);
    url.searchParams.set('key', this.keys.publicKey);
    url.searchParams.set('amount', String(req.amount));
    url.searchParams.set('data', req.paymentId);
    url.searchParams.set('reason', req.description);
    url.searchParams.set('callback', this.callbackUrl);
    if (req.payerEmail) url.searchParams.set('email', req.payerEmail);
    return { transactionId: null, redirectUrl: url.toString() };
  }

  async fetchTransaction(transactionId: string): Promise<ProviderTransaction | null> {
    if (!/^[A-Za-z0-9_-]{4,80}$/.test(transactionId)) return null;
    const t = await this.post<KkiapayTransaction>('/api/v1/transactions/status', { transactionId });
    return t && { id: t.transactionId, status: STATUS[t.status] ?? 'PENDING', amount: t.amount, currency: 'XOF', paymentId: t.state };
  }

  async refund(transactionId: string): Promise<void> {
    const done = await this.post<{ code: string }>('/api/v1/transactions/revert', { transactionId });
    if (!done) throw new Error(`KKiaPay does not know transaction ${transactionId}`);
  }

  private post<T>(path: string, body: unknown): Promise<T | null> {
    return this.call(async (signal) => {
      const res = await fetchTransient('KKiaPay', new URL(path, this.apiUrl).toString(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-api-key': this.keys.publicKey,
          'x-private-key': this.keys.privateKey,
          'x-secret-key': this.keys.secret,
        },
        body: JSON.stringify(body),
        signal,
      });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`KKiaPay refused ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    });
  }
}
