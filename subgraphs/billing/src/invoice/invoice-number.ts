import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Next invoice number of the year, taken inside the payment's transaction:
 * the counter row stays locked until that transaction ends, so numbers are
 * handed out in commit order and a rolled-back payment gives its number back
 * (no gaps, unlike a sequence).
 */
export async function nextInvoiceNumber(tx: EntityManager, at: Date): Promise<{ year: number; sequence: number; number: string }> {
  const year = at.getUTCFullYear();
  const [row] = await tx
    .getConnection()
    .execute<{ last: number }[]>(
      'insert into invoice_counter (year, last) values (?, 1) on conflict (year) do update set last = invoice_counter.last + 1 returning last',
      [year],
      'all',
      tx.getTransactionContext(),
    );
  const sequence = Number(row!.last);
  return { year, sequence, number: `FAC-${year}-${String(sequence).padStart(6, '0')}` };
}
