import DataLoader from 'dataloader';

/**
 * A DataLoader over "fetch all rows whose key is in this list": results come
 * back in key order, missing keys as null. One SQL statement per batch.
 */
export function keyedLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map(rows.map((r) => [keyOf(r), r] as const));
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

/** Same, for one-to-many: every key gets the (possibly empty) list of its rows. */
export function groupedLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const rows = await fetch(keys);
      const groups = new Map<K, V[]>();
      for (const r of rows) {
        const k = keyOf(r);
        const list = groups.get(k);
        if (list) list.push(r);
        else groups.set(k, [r]);
      }
      return keys.map((k) => groups.get(k) ?? []);
    },
    { maxBatchSize: 1000 },
  );
}
