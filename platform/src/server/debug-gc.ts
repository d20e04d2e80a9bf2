/**
 * A full garbage collection when the process runs with --expose-gc (the
 * subscription bench does, to compare memory before and after its
 * subscribers), and the memory figures right after it. Debug endpoints only.
 */
export function runGc(): { collected: boolean; rss: number; heapUsed: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { collected: Boolean(gc), rss, heapUsed };
}
