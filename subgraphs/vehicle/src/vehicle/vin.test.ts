import { describe, expect, it } from 'vitest';
import { checkVin, computeCheckDigit } from './vin';

describe('VIN', () => {
  it('accepts a North American VIN whose check digit holds', () => {
    expect(checkVin('1M8GDM9AXKP042788')).toEqual({ ok: true, vin: '1M8GDM9AXKP042788', checkDigitVerified: true });
  });

  it('refuses one wrong digit and names the check digit', () => {
    const r = checkVin('1M8GDM9AXKP042789');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/check digit \(9th character\) is X but the other characters give 1/);
  });

  it('computes X when the remainder is 10', () => {
    expect(computeCheckDigit('1M8GDM9AXKP042788')).toBe('X');
  });

  it('refuses I, O and Q', () => {
    for (const vin of ['JTDBR32E5I0123456', 'JTDBR32E5O0123456', 'JTDBR32E5Q0123456']) {
      const r = checkVin(vin);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatch(/I, O or Q/);
    }
  });

  it('refuses 16 and 18 characters', () => {
    for (const vin of ['JTDBR32E540123456'.slice(0, 16), 'JTDBR32E5401234567']) {
      const r = checkVin(vin);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatch(/17 characters; this one has 1[68]/);
    }
  });

  it('normalises lower case and spaces', () => {
    expect(checkVin('1m8gdm9a xkp042788')).toMatchObject({ ok: true, vin: '1M8GDM9AXKP042788' });
  });

  it('accepts a European VIN on structure alone', () => {
    expect(checkVin('VF3LCBHZ6JS123456')).toEqual({ ok: true, vin: 'VF3LCBHZ6JS123456', checkDigitVerified: false });
  });
});
