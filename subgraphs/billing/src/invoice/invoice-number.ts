import type { EntityManager } from '@mikro-orm/postgresql';
import { PAYMENT_CONFIRMED_TOPIC, type PaymentConfirmedPayload } from '@simveb/platform/contracts/events';
import { newId } from '@simveb/platform/ids';
import { currentTraceparent } from '@simveb/platform/telemetry/tracing';
import type { OrderLine } from '../order/order.entity';

/** The invoice of one payment, and the confirmation event of each order it paid (their invoice number is added here). */
export interface InvoiceToNumber {
  orderId: string;
  paymentId: string;
  payerId: string;
  lines: OrderLine[];
  total: number;
  issuedAt: Date;
  confirmations: Omit<PaymentConfirmedPayload, 'invoiceNumber'>[];
}

/**
 * The year's next invoice number, the invoice and its events, in ONE statement
 * that must be the last of the payment's transaction. The counter row stays
 * locked until that transaction ends, so numbers are handed out in commit order
 * and a rolled-back payment gives its number back (no gaps, unlike a sequence);
 * every payment of the year passes through that row, so the less the
 * transaction does once it holds it, the more payments per second: here only
 * the COMMIT follows. (Taken first, the lock was held across the other
 * statements and, between each, behind whatever else the process was doing.)
 */
export async function issueNumberedInvoice(tx: EntityManager, invoice: InvoiceToNumber): Promise<string> {
  const year = invoice.issuedAt.getUTCFullYear();
  const [row] = await tx.getConnection().execute<{ number: string }[]>(
    `with counter as (
       insert into invoice_counter (year, last) values (?, 1)
       on conflict (year) do update set last = invoice_counter.last + 1
       returning last
     ), issued as (
       insert into invoice (id, number, year, sequence, order_id, payment_id, payer_id, lines, total, issued_at)
       select ?, 'FAC-' || ? || '-' || lpad(last::text, greatest(6, length(last::text)), '0'), ?, last, ?, ?, ?, ?::jsonb, ?, ? from counter
       returning number
     ), events as (
       insert into outbox (topic, payload, traceparent)
       select ?, e.payload || jsonb_build_object('invoiceNumber', issued.number), ? from issued, jsonb_array_elements(?::jsonb) as e(payload)
     )
     select number from issued`,
    [
      year,
      newId(),
      year,
      year,
      invoice.orderId,
      invoice.paymentId,
      invoice.payerId,
      JSON.stringify(invoice.lines),
      invoice.total,
      invoice.issuedAt,
      PAYMENT_CONFIRMED_TOPIC,
      currentTraceparent() ?? null,
      JSON.stringify(invoice.confirmations),
    ],
    'all',
    tx.getTransactionContext(),
  );
  return row!.number;
}
