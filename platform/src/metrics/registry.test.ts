import { describe, expect, it } from 'vitest';
import { BoundedLabel } from './registry';

describe('caller-given label values are bounded', () => {
  it('keeps the first names, then counts new ones as other; odd names as invalid; none as anonymous', () => {
    const names = new BoundedLabel(3);
    expect(['A', 'B', 'C', 'D', 'A'].map((n) => names.of(n))).toEqual(['A', 'B', 'C', 'other', 'A']);
    expect(names.of('drop table;')).toBe('invalid');
    expect(names.of('x'.repeat(65))).toBe('invalid');
    expect(names.of(undefined)).toBe('anonymous');
  });
});
