/**
 * VIN rules (ISO 3779): 17 characters from 0-9 and A-Z without I, O and Q.
 * Position 9 is a check digit only for North American manufacturers (WMI
 * starting 1-5); elsewhere only the structure can be verified.
 */
export type VinCheck = { ok: true; vin: string; checkDigitVerified: boolean } | { ok: false; vin: string; problem: string };

const TRANSLITERATION: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function normalizeVin(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function isNorthAmerican(vin: string): boolean {
  return /^[1-5]/.test(vin);
}

export function computeCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const value = /\d/.test(c) ? Number(c) : TRANSLITERATION[c]!;
    sum += value * WEIGHTS[i]!;
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

export function checkVin(raw: string): VinCheck {
  const vin = normalizeVin(raw);
  if (vin.length !== 17) {
    return { ok: false, vin, problem: `A VIN has 17 characters; this one has ${vin.length}.` };
  }
  const forbidden = [...vin].filter((c) => c === 'I' || c === 'O' || c === 'Q');
  if (forbidden.length) {
    return { ok: false, vin, problem: `A VIN never contains the letters I, O or Q (found ${[...new Set(forbidden)].join(', ')}).` };
  }
  const bad = [...vin].filter((c) => !/[0-9A-Z]/.test(c));
  if (bad.length) {
    return { ok: false, vin, problem: `A VIN uses only digits and capital letters (found ${[...new Set(bad)].join(' ')}).` };
  }
  if (isNorthAmerican(vin)) {
    const expected = computeCheckDigit(vin);
    if (vin[8] !== expected) {
      return {
        ok: false,
        vin,
        problem: `The check digit (9th character) is ${vin[8]} but the other characters give ${expected}: a character was probably mistyped.`,
      };
    }
    return { ok: true, vin, checkDigitVerified: true };
  }
  return { ok: true, vin, checkDigitVerified: false };
}
