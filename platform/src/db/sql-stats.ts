import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts SQL statements per traced request, so tests and benchmarks can prove
 * "one statement per entity type" through the router. Only active when the
 * process runs with DEBUG_ENDPOINTS=true; the trace id arrives in `x-sql-trace`.
 */
const store = new AsyncLocalStorage<{ trace: string }>();
const counts = new Map<string, { statements: number; sql: string[] }>();
const MAX_TRACES = 10_000;

export function runTraced<T>(trace: string | undefined, fn: () => T): T {
  return trace ? store.run({ trace }, fn) : fn();
}

const CONTROL = /^\s*(begin|commit|rollback|savepoint|release savepoint|set )/i;

export function recordStatement(sql: string): void {
  const ctx = store.getStore();
  if (!ctx || CONTROL.test(sql)) return;
  let entry = counts.get(ctx.trace);
  if (!entry) {
    if (counts.size >= MAX_TRACES) counts.delete(counts.keys().next().value as string);
    entry = { statements: 0, sql: [] };
    counts.set(ctx.trace, entry);
  }
  entry.statements += 1;
  if (entry.sql.length < 50) entry.sql.push(sql);
}

export function statementsFor(trace: string): { statements: number; sql: string[] } {
  return counts.get(trace) ?? { statements: 0, sql: [] };
}
