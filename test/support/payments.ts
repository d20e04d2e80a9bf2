import { signFedapay } from '@simveb/billing/providers/fedapay/fedapay.signature';
import { DEV_PROVIDER_SECRETS } from '@simveb/billing/providers/provider-config';
import { graph } from './graph';

/** The payer on FedaPay's checkout page (simulator): approve, decline or cancel; `drop` loses the webhook. */
export async function payOnFedapay(redirectUrl: string, outcome: 'approved' | 'declined' | 'canceled' = 'approved', webhook: 'deliver' | 'drop' = 'deliver') {
  const res = await fetch(redirectUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ outcome, webhook }) });
  if (!res.ok) throw new Error(`FedaPay checkout: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number; status: string; webhookStatus: number | null };
}

/** The payer in KKiaPay's widget (simulator); `amount` lets a test tamper with what the browser sends. */
export async function payOnKkiapay(redirectUrl: string, opts: { outcome?: 'success' | 'failed'; webhook?: 'deliver' | 'drop'; amount?: number } = {}) {
  const u = new URL(redirectUrl);
  const res = await fetch(new URL('/widget/pay', u), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      key: u.searchParams.get('key'),
      amount: opts.amount ?? Number(u.searchParams.get('amount')),
      data: u.searchParams.get('data'),
      outcome: opts.outcome ?? 'success',
      webhook: opts.webhook ?? 'deliver',
    }),
  });
  if (!res.ok) throw new Error(`KKiaPay widget: ${res.status} ${await res.text()}`);
  return (await res.json()) as { transactionId: string; status: string; webhookStatus: number | null };
}

const webhookSecret = () => graph().env.FEDAPAY_WEBHOOK_SECRET ?? DEV_PROVIDER_SECRETS.FEDAPAY_WEBHOOK_SECRET;

/** Delivers a FedaPay event to billing as FedaPay would (signed now), or with a chosen signature. */
export async function postFedapayWebhook(body: string, signature: string = signFedapay(webhookSecret(), body)): Promise<number> {
  const url = new URL('/webhooks/fedapay', graph().subgraphUrls.billing);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fedapay-signature': signature }, body });
  await res.arrayBuffer();
  return res.status;
}

export const signedWith = (body: string, opts: { secret?: string; at?: number } = {}) => signFedapay(opts.secret ?? webhookSecret(), body, opts.at);
