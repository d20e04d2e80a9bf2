import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * `<PREFIX>-<year>-<6+ digits>` from a database sequence: nextval is atomic
 * across transactions and replicas, so two records never share a number
 * (a rolled-back transaction leaves a gap; invoices, which must not, use a
 * counter row instead).
 */
export async function nextSequenceNumber(em: EntityManager, sequence: string, prefix: string, at: Date): Promise<string> {
  // Inside the caller's transaction: a second pooled connection per request would deadlock the pool under load.
  const [row] = await em.getConnection().execute<{ n: string }[]>('select nextval(?::regclass) as n', [sequence], 'all', em.getTransactionContext());
  return formatSequenceNumber(prefix, at.getUTCFullYear(), Number(row!.n));
}

export function formatSequenceNumber(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
}
