import { describe, expect, it } from 'vitest';
import { decodeVin, modelYearOf } from './vin-decode';

describe('decodeVin', () => {
  const now = new Date('2026-11-21');
  it('a North American VIN: region, WMI, model year, check digit', () => {
    expect(decodeVin('1M8GDM9AXKP042788', now)).toMatchObject({ valid: true, region: 'North America', wmi: '1M8', modelYear: 2019, checkDigitApplies: true, checkDigitValid: true });
  });
  it('a European VIN: structure only', () => {
    expect(decodeVin('VF3LCBHZ6JS123456', now)).toMatchObject({ valid: true, region: 'Europe', wmi: 'VF3', checkDigitApplies: false, checkDigitValid: null });
  });
  it('a wrong check digit is reported, not thrown', () => {
    expect(decodeVin('1M8GDM9AXKP042789', now)).toMatchObject({ valid: false, checkDigitValid: false, problem: expect.stringMatching(/check digit/) });
  });
  it('model-year codes repeat every 30 years; the latest plausible year wins', () => {
    expect(modelYearOf('A', now)).toBe(2010);
    expect(modelYearOf('T', now)).toBe(2026);
    expect(modelYearOf('V', now)).toBe(2027);
    expect(modelYearOf('W', now)).toBe(1998);
    expect(modelYearOf('Q', now)).toBeNull();
  });
});
