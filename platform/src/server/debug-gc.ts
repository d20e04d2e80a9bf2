import { getHeapSpaceStatistics } from 'node:v8';

/**
 * Full garbage collections when the process runs with --expose-gc (the
 * subscription bench does, to compare memory before and after its
 * subscribers), and the memory figures right after them. Debug endpoints only.
 *
 * Two collections: the first frees what nobody holds any more, but V8 sizes
 * the heap it keeps from what it saw live when that collection began; the
 * second sees the smaller heap and gives the empty pages back (it frees them
 * on a background thread, so RSS falls over the following second or two).
 */
export function runGc(): { collected: boolean; spaces: Record<string, { size: number; used: number }> } & NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  // Which of V8's spaces holds the memory (a young generation grown under load stays large until V8 shrinks it).
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]));
  return { collected: Boolean(gc), ...process.memoryUsage(), spaces };
}
