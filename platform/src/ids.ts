import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7): primary keys that sort by creation, so keyset pages are stable. */
export const newId = (): string => v7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);

/**
 * A PostgreSQL uuid[] literal for `= any(?::uuid[])`: the query builder would
 * spread a JS array into a list. Only well-formed UUIDs get in (the input
 * comes from entity representations anyone can send).
 */
export function uuidArrayLiteral(ids: readonly string[]): string {
  return `{${ids.filter(isUuid).join(',')}}`;
}
