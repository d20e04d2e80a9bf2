import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * DEM-<year>-<6+ digits> from a database sequence: nextval is atomic across
 * transactions and replicas, so two demands can never share a reference.
 */
export async function nextDemandReference(em: EntityManager, now = new Date()): Promise<string> {
  // Inside the caller's transaction: a second pooled connection per request would deadlock the pool under load.
  const [row] = await em.getConnection().execute<{ n: string }[]>("select nextval('demand_reference_seq') as n", [], 'all', em.getTransactionContext());
  return formatDemandReference(now.getUTCFullYear(), Number(row!.n));
}

export function formatDemandReference(year: number, n: number): string {
  return `DEM-${year}-${String(n).padStart(6, '0')}`;
}
