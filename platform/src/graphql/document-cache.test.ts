import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { DocumentCache, MAX_CACHED_TEXT } from './document-cache';

const schema = buildSchema('type Query { hello: String }');

describe('DocumentCache', () => {
  it('hands every request of one text the same parsed document', () => {
    const cache = new DocumentCache();
    const a = cache.check(schema, '{ hello }');
    expect('document' in a).toBe(true);
    expect(cache.check(schema, '{ hello }')).toBe(a);
  });

  it('keeps nothing of a text longer than MAX_CACHED_TEXT (a megabyte-long body is checked, not stored)', () => {
    const cache = new DocumentCache();
    // Comments are not tokens: a valid document of any length.
    const long = `{ hello }\n#${'x'.repeat(MAX_CACHED_TEXT)}`;
    const first = cache.check(schema, long);
    expect('document' in first).toBe(true);
    expect(cache.check(schema, long)).not.toBe(first);
    expect(cache.check(schema, long.replace('hello', 'nope'))).toHaveProperty('invalid');
  });

  it('holds at most `size` texts, the oldest going first', () => {
    const cache = new DocumentCache([], {}, 2);
    const a = cache.check(schema, '{ hello }');
    cache.check(schema, '{ a: hello }');
    cache.check(schema, '{ b: hello }');
    expect(cache.check(schema, '{ hello }')).not.toBe(a);
  });
});
