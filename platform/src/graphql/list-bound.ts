/**
 * Unpaged lists (a demand's history, a vehicle's holders…) return at most
 * this many items, so a query's cost — computed by the router with the same
 * bound (router/src/protection/query-cost.ts) — is what it can really cost.
 */
export const UNPAGED_LIST_BOUND = 50;
/** A vehicle's encumbrances in force (a pledge or two, an opposition, a title deposit): served and costed at ten. */
export const ACTIVE_ENCUMBRANCES_BOUND = 10;

/**
 * The list cut to the bound: the first items of a newest-first list, the
 * last (most recent) items of an oldest-first one.
 */
export function boundList<T>(items: readonly T[], order: 'newest-first' | 'oldest-first'): T[] {
  if (items.length <= UNPAGED_LIST_BOUND) return [...items];
  return order === 'newest-first' ? items.slice(0, UNPAGED_LIST_BOUND) : items.slice(-UNPAGED_LIST_BOUND);
}
