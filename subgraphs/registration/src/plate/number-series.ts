/**
 * Registration numbers (numéros d'immatriculation). A family's numbers run
 * through series of 9,999: `AA 0001 RB` … `AA 9999 RB`, then `AB 0001 RB`;
 * series letters never use I, O or Q, and after `AZ` comes `BA` (never `A[`).
 * Two- and three-wheelers use `2` + one letter (`2V 3472 RB`). The other
 * families have a fixed two-letter prefix and one series letter, so they can
 * never collide with a private number: state vehicles `EB`+letter (white on
 * blue, `EBA 0001 RB`), commercial/garage plates `WG`+letter (red on orange),
 * temporary registrations `IP`+letter (`IPN 1049 RB`).
 */
export const SERIES_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ'; // 23 letters: no I, O, Q
export const MAX_NUMBER = 9999;

export const PLATE_FAMILIES = ['PRIVATE', 'TWO_WHEELER', 'STATE', 'COMMERCIAL', 'TEMPORARY'] as const;
export type PlateFamily = (typeof PLATE_FAMILIES)[number];

/** Fixed prefix of the families numbered prefix + one series letter. */
export const PREFIX: Partial<Record<PlateFamily, string>> = { TWO_WHEELER: '2', STATE: 'EB', COMMERCIAL: 'WG', TEMPORARY: 'IP' };

export interface Position {
  /** Index of the series: 0 = AA (or 2A), 1 = AB (or 2B)… */
  series: number;
  /** 1..9999 */
  number: number;
}

export function seriesCount(family: PlateFamily): number {
  return family === 'PRIVATE' ? SERIES_LETTERS.length ** 2 : SERIES_LETTERS.length;
}

export function seriesName(family: PlateFamily, index: number): string {
  if (index < 0 || index >= seriesCount(family)) throw new RangeError(`series ${index} is beyond the last one of ${family}`);
  const prefix = PREFIX[family];
  if (prefix) return `${prefix}${SERIES_LETTERS[index]}`;
  return SERIES_LETTERS[Math.floor(index / SERIES_LETTERS.length)]! + SERIES_LETTERS[index % SERIES_LETTERS.length]!;
}

export function seriesIndex(family: PlateFamily, name: string): number {
  const n = name.toUpperCase();
  const prefix = PREFIX[family];
  if (prefix) {
    const i = n.length === prefix.length + 1 && n.startsWith(prefix) ? SERIES_LETTERS.indexOf(n.at(-1)!) : -1;
    if (i < 0) throw new RangeError(`${name} is not a ${family.toLowerCase().replace('_', '-')} series (${prefix} + a letter, no I, O or Q)`);
    return i;
  }
  const a = SERIES_LETTERS.indexOf(n[0] ?? '');
  const b = SERIES_LETTERS.indexOf(n[1] ?? '');
  if (n.length !== 2 || a < 0 || b < 0) throw new RangeError(`${name} is not a series (two letters, no I, O or Q)`);
  return a * SERIES_LETTERS.length + b;
}

/** The position after `p`: 9999 rolls over to 0001 of the next series. */
export function successor(family: PlateFamily, p: Position): Position {
  if (p.number < MAX_NUMBER) return { series: p.series, number: p.number + 1 };
  if (p.series + 1 >= seriesCount(family)) throw new RangeError(`${family} numbers are exhausted`);
  return { series: p.series + 1, number: 1 };
}

export function compact(family: PlateFamily, p: Position): string {
  return `${seriesName(family, p.series)}${String(p.number).padStart(4, '0')}RB`;
}

export interface Reservation {
  /** Whole series reserved (state, diplomatic, prestige pools…). */
  series?: number;
  /** Or a range of numbers within every series (e.g. 0001-0099 kept for prestige), inclusive. */
  from?: number;
  to?: number;
}

/**
 * The first free position at or after `p`, jumping over reserved series and
 * ranges in one step each (never number by number, so it cannot loop).
 */
export function skipReserved(family: PlateFamily, p: Position, reserved: readonly Reservation[]): Position {
  let pos = p;
  for (let guard = 0; guard < 10_000; guard++) {
    if (reserved.some((r) => r.series === pos.series)) {
      if (pos.series + 1 >= seriesCount(family)) throw new RangeError(`${family} numbers are exhausted`);
      pos = { series: pos.series + 1, number: 1 };
      continue;
    }
    const range = reserved.find((r) => r.series === undefined && r.from !== undefined && r.to !== undefined && pos.number >= r.from && pos.number <= r.to);
    if (range) {
      pos = range.to! >= MAX_NUMBER ? successor(family, { series: pos.series, number: MAX_NUMBER }) : { series: pos.series, number: range.to! + 1 };
      continue;
    }
    return pos;
  }
  throw new RangeError('reservations leave no free number');
}
