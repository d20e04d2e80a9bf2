/**
 * A full garbage collection when the process runs with --expose-gc (the
 * subscription bench does, to compare memory before and after its
 * subscribers). Debug endpoints only.
 */
export function runGc(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  return true;
}
