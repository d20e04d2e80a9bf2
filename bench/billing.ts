import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { RunningGraph } from '@simveb/dev/launcher/graph';
import { signFedapay } from '@simveb/billing/providers/fedapay/fedapay.signature';
import { DEV_PROVIDER_SECRETS } from '@simveb/billing/providers/provider-config';
import { load, type LoadResult, type Measured } from './load';

/**
 * Signed FedaPay approvals posted to billing's webhook as fast as it takes
 * them: each one verifies the signature, records the event, locks and settles
 * the payment, marks the order paid, takes the next invoice number (the
 * year's counter row: the one point every payment passes through) and writes
 * the outbox row, in one transaction. Orders and pending payments are
 * inserted beforehand; afterwards the invoice numbers are checked for gaps.
 */
export async function benchWebhooks(graph: RunningGraph, opts: { seconds: number; concurrency: number; measure?: Measured }): Promise<{ result: LoadResult; invoices: number; gapFree: boolean }> {
  const db = new pg.Client({ connectionString: graph.databaseUrls.billing });
  await db.connect();
  const POOL = 40_000;
  const tag = randomUUID().slice(0, 6);
  const base = 7_000_000_000 + Math.floor(Math.random() * 1_000_000) * 100_000;
  const rows = await db.query<{ order_id: string; payment_id: string; tx: string; amount: number }>(
    `with o as (
       insert into "order" (id, number, demand_id, payer_id, lines, total, status, created_at)
       select gen_random_uuid(), 'BW' || $1 || '-' || n, gen_random_uuid(), gen_random_uuid(), '[{"label":"Frais de service","amount":21000}]', 21000, 'PENDING', now()
       from generate_series(1, $2::int) n returning id, number)
     insert into payment (id, purpose, order_id, payer_id, amount, currency, provider, provider_transaction_id, status, created_at)
     select gen_random_uuid(), 'ORDER', o.id, gen_random_uuid(), 21000, 'XOF', 'FEDAPAY', ($3::bigint + split_part(o.number, '-', 2)::bigint)::text, 'PENDING', now() from o
     returning order_id, id as payment_id, provider_transaction_id as tx, amount`,
    [tag, POOL, base],
  );
  const url = new URL('/webhooks/fedapay', graph.subgraphUrls.billing).toString();
  let next = 0;
  const deliver = async () => {
    const r = rows.rows[next++]!;
    const body = JSON.stringify({
      id: Number(r.tx) + 1,
      name: 'transaction.approved',
      entity: { id: Number(r.tx), amount: r.amount, status: 'approved', currency: { iso: 'XOF' }, custom_metadata: { payment_id: r.payment_id } },
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fedapay-signature': signFedapay(graph.env.FEDAPAY_WEBHOOK_SECRET ?? DEV_PROVIDER_SECRETS.FEDAPAY_WEBHOOK_SECRET, body) },
      body,
    });
    if (res.status !== 200) throw new Error(`webhook ${res.status}`);
    await res.arrayBuffer();
  };
  const result = await load('billing: signed FedaPay webhook -> paid + invoice', deliver, opts);
  const check = (
    await db.query<{ n: number; m: number; d: number }>(
      'select count(*)::int as n, max(sequence)::int as m, count(distinct sequence)::int as d from invoice where year = extract(year from now())::int',
    )
  ).rows[0]!;
  await db.end();
  return { result, invoices: check.n, gapFree: check.n === check.m && check.d === check.n };
}
