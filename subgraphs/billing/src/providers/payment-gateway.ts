import type { PaymentProvider } from '../payment/payment.enums';

/** A provider's word on one transaction, as its API (not a browser) states it. */
export interface ProviderTransaction {
  id: string;
  /** REVERSED: the provider gave the money back (refunded, reverted): it never settles an order. */
  status: 'PENDING' | 'APPROVED' | 'DECLINED' | 'CANCELED' | 'REVERSED';
  amount: number;
  currency: string;
  /** Our payment id, echoed back from the metadata we gave when creating it (null when absent). */
  paymentId: string | null;
}

export interface CheckoutRequest {
  paymentId: string;
  amount: number;
  description: string;
  payerEmail: string | null;
}

export interface CheckoutSession {
  /** Known at creation for FedaPay; KKiaPay's comes with the webhook or the widget callback. */
  transactionId: string | null;
  redirectUrl: string;
}

/** One payment provider, behind its real HTTP API. */
export interface PaymentGateway {
  readonly provider: PaymentProvider;
  createCheckout(req: CheckoutRequest): Promise<CheckoutSession>;
  /** Null when the provider does not know the transaction. */
  fetchTransaction(transactionId: string): Promise<ProviderTransaction | null>;
  refund(transactionId: string, amount: number): Promise<void>;
}

export type Gateways = Partial<Record<PaymentProvider, PaymentGateway>>;
