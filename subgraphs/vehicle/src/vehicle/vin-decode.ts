import { checkVin, isNorthAmerican } from './vin';

/**
 * What a VIN tells by itself (ISO 3779 / 3780): the region from the first
 * character, the manufacturer from the WMI (first three), and, where the
 * model-year code (10th character) is used, the model year. The year code
 * repeats every 30 years; the latest year not after next year is taken.
 */
const REGIONS: [RegExp, string][] = [
  [/^[A-H]/, 'Africa'],
  [/^[J-R]/, 'Asia'],
  [/^[S-Z]/, 'Europe'],
  [/^[1-5]/, 'North America'],
  [/^[6-7]/, 'Oceania'],
  [/^[8-9]/, 'South America'],
];
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

export interface VinDecoding {
  vin: string;
  valid: boolean;
  problem: string | null;
  region: string | null;
  wmi: string | null;
  modelYear: number | null;
  checkDigitApplies: boolean;
  checkDigitValid: boolean | null;
}

export function modelYearOf(code: string, now = new Date()): number | null {
  const i = YEAR_CODES.indexOf(code);
  if (i < 0) return null;
  const latest = now.getUTCFullYear() + 1;
  let year = 1980 + i;
  while (year + 30 <= latest) year += 30;
  return year;
}

export function decodeVin(raw: string, now = new Date()): VinDecoding {
  const check = checkVin(raw);
  const vin = check.vin;
  const base = {
    vin,
    region: REGIONS.find(([re]) => re.test(vin))?.[1] ?? null,
    wmi: vin.length >= 3 ? vin.slice(0, 3) : null,
    checkDigitApplies: isNorthAmerican(vin),
  };
  if (!check.ok) {
    return { ...base, valid: false, problem: check.problem, modelYear: null, checkDigitValid: base.checkDigitApplies && /check digit/.test(check.problem) ? false : null };
  }
  return {
    ...base,
    valid: true,
    problem: null,
    modelYear: vin.length === 17 ? modelYearOf(vin[9]!, now) : null,
    checkDigitValid: check.checkDigitVerified ? true : null,
  };
}
