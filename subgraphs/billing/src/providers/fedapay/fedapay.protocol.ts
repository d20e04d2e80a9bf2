/** The parts of FedaPay's v1 API that SIMVEB uses (https://docs.fedapay.com). */
export interface FedapayTransaction {
  id: number;
  reference: string;
  description: string;
  amount: number;
  status: 'pending' | 'approved' | 'declined' | 'canceled' | 'refunded' | 'transferred';
  currency: { iso: string };
  callback_url: string | null;
  custom_metadata: Record<string, string> | null;
  customer_id: number | null;
  created_at: string;
  approved_at: string | null;
}

/** Envelope of an event FedaPay posts to the webhook URL. */
export interface FedapayEvent {
  id: number;
  name: 'transaction.created' | 'transaction.approved' | 'transaction.declined' | 'transaction.canceled' | string;
  object: 'transaction';
  entity: FedapayTransaction;
  created_at: string;
}

export const FEDAPAY_EVENTS = { approved: 'transaction.approved', declined: 'transaction.declined', canceled: 'transaction.canceled' } as const;
