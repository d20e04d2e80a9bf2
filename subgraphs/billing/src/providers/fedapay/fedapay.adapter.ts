import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';
import { PaymentProvider } from '../../payment/payment.enums';
import type { CheckoutRequest, CheckoutSession, PaymentGateway, ProviderTransaction } from '../payment-gateway';
import type { FedapayTransaction } from './fedapay.protocol';

const STATUS: Record<FedapayTransaction['status'], ProviderTransaction['status']> = {
  pending: 'PENDING',
  approved: 'APPROVED',
  transferred: 'APPROVED',
  refunded: 'REVERSED',
  declined: 'DECLINED',
  canceled: 'CANCELED',
};

export function fromFedapay(t: FedapayTransaction): ProviderTransaction {
  return { id: String(t.id), status: STATUS[t.status] ?? 'PENDING', amount: t.amount, currency: t.currency?.iso ?? '', paymentId: t.custom_metadata?.payment_id ?? null };
}

/**
 * FedaPay's REST API with the secret key: create a transaction, get its
 * payment token (the hosted checkout URL), read it back, refund by payout.
 */
export class FedapayGateway implements PaymentGateway {
  readonly provider = PaymentProvider.FEDAPAY;
  private readonly call = resilient('FedaPay', { timeoutMs: 5_000, retries: 2, breakAfter: 5, halfOpenAfterMs: 2_000 });

  constructor(
    private readonly baseUrl: string,
    private readonly secretKey: string,
    private readonly callbackUrl: string,
  ) {}

  async createCheckout(req: CheckoutRequest): Promise<CheckoutSession> {
    const created = await this.request<{ 'v1/transaction': FedapayTransaction }>('POST', '/v1/transactions', {
      description: req.description,
      amount: req.amount,
      currency: { iso: 'XOF' },
      callback_url: this.callbackUrl,
      custom_metadata: { payment_id: req.paymentId },
      ...(req.payerEmail && { customer: { email: req.payerEmail } }),
    });
    const id = created!['v1/transaction'].id;
    const token = await this.request<{ token: string; url: string }>('POST', `/v1/transactions/${id}/token`, {});
    return { transactionId: String(id), redirectUrl: token!.url };
  }

  async fetchTransaction(transactionId: string): Promise<ProviderTransaction | null> {
    if (!/^\d{1,18}$/.test(transactionId)) return null;
    const found = await this.request<{ 'v1/transaction': FedapayTransaction }>('GET', `/v1/transactions/${transactionId}`);
    return found ? fromFedapay(found['v1/transaction']) : null;
  }

  /** FedaPay refunds by paying the customer back (payout), then starting it. */
  async refund(transactionId: string, amount: number): Promise<void> {
    const t = await this.request<{ 'v1/transaction': FedapayTransaction }>('GET', `/v1/transactions/${transactionId}`);
    if (!t) throw new Error(`FedaPay does not know transaction ${transactionId}`);
    const payout = await this.request<{ 'v1/payout': { id: number } }>('POST', '/v1/payouts', {
      amount,
      currency: { iso: 'XOF' },
      customer: { id: t['v1/transaction'].customer_id },
      custom_metadata: { refund_of: transactionId },
    });
    await this.request('PUT', '/v1/payouts/start', { payouts: [{ id: payout!['v1/payout'].id }] });
  }

  private request<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    return this.call(async (signal) => {
      const res = await fetchTransient('FedaPay', new URL(path, this.baseUrl).toString(), {
        method,
        headers: { authorization: `Bearer ${this.secretKey}`, accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`FedaPay refused ${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    });
  }
}
