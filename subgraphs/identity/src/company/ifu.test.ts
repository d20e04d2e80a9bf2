import { describe, expect, it } from 'vitest';
import { checkIfu } from './ifu';

describe('IFU structure', () => {
  const now = new Date('2026-11-21');
  it('accepts a company IFU', () => {
    expect(checkIfu('3201900012345', now)).toEqual({ ok: true, ifu: '3201900012345', entityType: 'company', year: 2019 });
  });
  it('refuses a wrong length, an unknown entity type, an impossible year, a zero sequence', () => {
    expect(checkIfu('320190001234', now)).toMatchObject({ ok: false, problem: expect.stringMatching(/13 digits/) });
    expect(checkIfu('7201900012345', now)).toMatchObject({ ok: false, problem: expect.stringMatching(/entity type/) });
    expect(checkIfu('3300000012345', now)).toMatchObject({ ok: false, problem: expect.stringMatching(/3000 is not possible/) });
    expect(checkIfu('3201900000005', now)).toMatchObject({ ok: false, problem: expect.stringMatching(/000000/) });
    expect(checkIfu('32019000A2345', now)).toMatchObject({ ok: false });
  });
});
