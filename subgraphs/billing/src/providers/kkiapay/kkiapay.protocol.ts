/** KKiaPay's verify API answer (POST /api/v1/transactions/status). */
export interface KkiapayTransaction {
  transactionId: string;
  status: 'SUCCESS' | 'FAILED' | 'PENDING' | 'REVERTED';
  amount: number;
  fees: number;
  source: string;
  /** The `data` string given to the widget: our payment id. */
  state: string | null;
  performed_at: string;
}

/** What KKiaPay posts to the webhook URL, with the shared secret in `x-kkiapay-secret`. */
export interface KkiapayWebhook {
  transactionId: string;
  isPaymentSucces: boolean;
  account: string;
  method: string;
  amount: number;
  fees: number;
  partnerId: string | null;
  failureCode: string | null;
  failureMessage: string | null;
  event: 'transaction.success' | 'transaction.failed' | string;
  stateData: string | null;
}
