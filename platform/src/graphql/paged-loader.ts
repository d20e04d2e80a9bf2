import DataLoader from 'dataloader';
import type { Page } from './connection';

export interface PagedKey {
  key: string;
  page: Page;
}

/**
 * One page of children for many parents in one statement per distinct page
 * (usually one): e.g. `Person.vehicles(first: 100)` for 500 persons. `fetch`
 * returns at most `limit + 1` rows per key, typically with row_number().
 */
export function pagedLoader<Row>(fetch: (keys: string[], page: Page) => Promise<Row[]>, keyOf: (row: Row) => string): DataLoader<PagedKey, Row[], string> {
  return new DataLoader<PagedKey, Row[], string>(
    async (requests) => {
      const byPage = new Map<string, { page: Page; keys: string[] }>();
      for (const r of requests) {
        const id = `${r.page.limit}|${r.page.after ?? ''}`;
        const group = byPage.get(id) ?? { page: r.page, keys: [] };
        group.keys.push(r.key);
        byPage.set(id, group);
      }
      const results = new Map<string, Row[]>();
      await Promise.all(
        [...byPage.entries()].map(async ([pageId, { page, keys }]) => {
          for (const row of await fetch(keys, page)) {
            const k = `${keyOf(row)}|${pageId}`;
            const list = results.get(k);
            if (list) list.push(row);
            else results.set(k, [row]);
          }
        }),
      );
      return requests.map((r) => results.get(`${r.key}|${r.page.limit}|${r.page.after ?? ''}`) ?? []);
    },
    { cacheKeyFn: (r) => `${r.key}|${r.page.limit}|${r.page.after ?? ''}`, maxBatchSize: 1000 },
  );
}

/** Counts per key in one grouped statement. */
export function countLoader(fetch: (keys: string[]) => Promise<{ key: string; count: number | string }[]>): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const rows = await fetch([...keys]);
    const byKey = new Map(rows.map((r) => [r.key, Number(r.count)]));
    return keys.map((k) => byKey.get(k) ?? 0);
  });
}
