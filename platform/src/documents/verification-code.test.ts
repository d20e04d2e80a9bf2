import { describe, expect, it } from 'vitest';
import { readCode, signCode } from '@simveb/platform/documents/verification-code';

describe('document verification codes', () => {
  const id = '0190a000-0000-7000-8000-000000000042';
  it('reads back what it signed', () => {
    expect(readCode('s3cret', signCode('s3cret', 'GC', id))).toEqual({ kind: 'GC', id });
  });
  it('refuses an altered id, kind or signature, and a code signed with another secret', () => {
    const code = signCode('s3cret', 'GC', id);
    expect(readCode('s3cret', code.replace('042', '043'))).toBeNull();
    expect(readCode('s3cret', code.replace('GC.', 'CS.'))).toBeNull();
    expect(readCode('s3cret', code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(readCode('other', code)).toBeNull();
    expect(readCode('s3cret', 'garbage')).toBeNull();
  });
});
