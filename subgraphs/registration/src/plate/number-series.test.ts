import { describe, expect, it } from 'vitest';
import { compact, seriesIndex, seriesName, skipReserved, successor } from './number-series';

describe('registration number series', () => {
  it('9999 rolls over to 0001 of the next series, never 10000', () => {
    const next = successor('PRIVATE', { series: seriesIndex('PRIVATE', 'AB'), number: 9999 });
    expect(compact('PRIVATE', next)).toBe('AC0001RB');
    expect(compact('PRIVATE', successor('PRIVATE', { series: 0, number: 41 }))).toBe('AA0042RB');
  });

  it('AZ is followed by BA, never by A[', () => {
    expect(compact('PRIVATE', successor('PRIVATE', { series: seriesIndex('PRIVATE', 'AZ'), number: 9999 }))).toBe('BA0001RB');
  });

  it('series letters skip I, O and Q', () => {
    expect(seriesName('PRIVATE', seriesIndex('PRIVATE', 'AH') + 1)).toBe('AJ');
    expect(seriesName('PRIVATE', seriesIndex('PRIVATE', 'AN') + 1)).toBe('AP');
    expect(seriesName('PRIVATE', seriesIndex('PRIVATE', 'AP') + 1)).toBe('AR');
    expect(() => seriesIndex('PRIVATE', 'AI')).toThrow(/no I, O or Q/);
  });

  it('two-wheelers: 2 + one letter', () => {
    expect(compact('TWO_WHEELER', { series: seriesIndex('TWO_WHEELER', '2V'), number: 3472 })).toBe('2V3472RB');
    expect(compact('TWO_WHEELER', successor('TWO_WHEELER', { series: seriesIndex('TWO_WHEELER', '2H'), number: 9999 }))).toBe('2J0001RB');
  });

  it('reserved ranges and whole series are jumped over in one step, even at the end of a series', () => {
    const reserved = [{ from: 1, to: 99 }, { series: seriesIndex('PRIVATE', 'AD') }, { from: 9990, to: 9999 }];
    expect(compact('PRIVATE', skipReserved('PRIVATE', { series: 0, number: 1 }, reserved))).toBe('AA0100RB');
    // 9990-9999 reserved: to the next series, whose 0001-0099 are reserved too; AD is reserved as a whole.
    expect(compact('PRIVATE', skipReserved('PRIVATE', { series: seriesIndex('PRIVATE', 'AC'), number: 9990 }, reserved))).toBe('AE0100RB');
  });

  it('the last number of the last series is the end, not a loop', () => {
    expect(() => successor('TWO_WHEELER', { series: 22, number: 9999 })).toThrow(/exhausted/);
  });

  it('state, commercial and temporary numbers: fixed prefix and one series letter, never a private number', () => {
    expect(compact('STATE', { series: 0, number: 1 })).toBe('EBA0001RB');
    expect(compact('TEMPORARY', { series: seriesIndex('TEMPORARY', 'IPN'), number: 1049 })).toBe('IPN1049RB');
    expect(compact('COMMERCIAL', successor('COMMERCIAL', { series: seriesIndex('COMMERCIAL', 'WGH'), number: 9999 }))).toBe('WGJ0001RB');
    expect(() => seriesIndex('STATE', 'EBO')).toThrow(/no I, O or Q/);
    expect(() => seriesIndex('STATE', 'WGA')).toThrow(/state series/);
    expect(() => successor('TEMPORARY', { series: seriesIndex('TEMPORARY', 'IPZ'), number: 9999 })).toThrow(/exhausted/);
  });
});
