import { normalizePlate } from '../plate/plate-number';
import { compact, MAX_NUMBER, seriesCount, seriesIndex, seriesName, type Reservation } from '../plate/number-series';

/**
 * Numbers 0001–0099 of every private series are kept out of the sequential
 * allocator for prestige requests (numéros de prestige): a citizen may ask
 * for `AB 0007 RB`, never for a number the allocator could hand out.
 */
export const PRESTIGE_RANGE = { from: 1, to: 99 } as const;

/** A chosen prestige number, compact, or the reason it cannot be one. */
export function parsePrestigeNumber(raw: string): { compact: string } | { problem: string } {
  const n = normalizePlate(raw).replace(/RB$/, '');
  const m = /^([A-Z]{2})(\d{1,4})$/.exec(n);
  if (!m) return { problem: 'A prestige number is two series letters and up to four digits, e.g. AB 0007 RB.' };
  let series: number;
  try {
    series = seriesIndex('PRIVATE', m[1]!);
  } catch {
    return { problem: 'Series letters never use I, O or Q.' };
  }
  const number = Number(m[2]);
  if (number < PRESTIGE_RANGE.from || number > PRESTIGE_RANGE.to) {
    return { problem: `Prestige numbers are ${String(PRESTIGE_RANGE.from).padStart(4, '0')}–${String(PRESTIGE_RANGE.to).padStart(4, '0')} of a series; other numbers are allocated in order.` };
  }
  return { compact: compact('PRIVATE', { series, number }) };
}

/** A chosen label (plaque personnalisée): 3–8 letters and digits, with a letter, not shaped like a number. */
export function parseLabel(raw: string): { label: string } | { problem: string } {
  const label = normalizePlate(raw).replace(/RB$/, '');
  if (!/^[A-Z0-9]{3,8}$/.test(label)) return { problem: 'A label is 3 to 8 letters or digits (no spaces or accents).' };
  if (!/[A-Z]/.test(label)) return { problem: 'A label has at least one letter.' };
  if (/^(?:[A-Z]{2}|2[A-Z])\d{1,4}$/.test(label)) return { problem: 'A label cannot look like a registration number.' };
  return { label };
}

/** Prestige numbers close to the wish: the same digits in other series first, then neighbouring digits. */
export function prestigeCandidates(wish: { series: number | null; number: number }, reservedSeries: readonly Reservation[], limit = 200): string[] {
  const blocked = new Set(reservedSeries.filter((r) => r.series !== undefined).map((r) => r.series!));
  const out: string[] = [];
  const push = (series: number, number: number) => {
    if (number < PRESTIGE_RANGE.from || number > Math.min(PRESTIGE_RANGE.to, MAX_NUMBER) || blocked.has(series)) return;
    const c = compact('PRIVATE', { series, number });
    if (!out.includes(c)) out.push(c);
  };
  const all = seriesCount('PRIVATE');
  if (wish.series !== null) push(wish.series, wish.number);
  for (let s = 0; s < all && out.length < limit; s++) push((wish.series ?? 0) + s >= all ? (wish.series ?? 0) + s - all : (wish.series ?? 0) + s, wish.number);
  for (let d = 1; d <= PRESTIGE_RANGE.to && out.length < limit; d++) {
    if (wish.series !== null) {
      push(wish.series, wish.number + d);
      push(wish.series, wish.number - d);
    }
  }
  return out.slice(0, limit);
}

export { seriesName };
