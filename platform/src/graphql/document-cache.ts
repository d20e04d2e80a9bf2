import { parse, specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';

/** Longest document text kept (characters); the SDK's and the apps' largest operation is under 500. */
export const MAX_CACHED_TEXT = 32 * 1024;

export type CheckedDocument = { document: DocumentNode } | { parseError: unknown } | { invalid: readonly GraphQLError[] };

/**
 * Parsed and validated documents by their text, for one schema. Ten
 * thousand dashboards send the same few subscription documents: each is
 * parsed and validated once, and every subscription holds the same AST
 * instead of its own copy (the larger part of a subscription's memory).
 */
export class DocumentCache {
  private readonly entries = new Map<string, CheckedDocument>();
  private schema: GraphQLSchema | undefined;

  constructor(
    private readonly rules: readonly ValidationRule[] = [],
    private readonly parseOptions: ParseOptions = {},
    private readonly size = 1_000,
  ) {}

  check(schema: GraphQLSchema, query: string): CheckedDocument {
    if (schema !== this.schema) {
      this.entries.clear();
      this.schema = schema;
    }
    const hit = this.entries.get(query);
    if (hit) return hit;
    // The text is the key: a thousand megabyte-long texts (a body may be 1 MB) would be kept whole. Real operations
    // are a few kilobytes; a longer text is checked every time it comes, and nothing of it is kept.
    const keep = query.length <= MAX_CACHED_TEXT;
    let checked: CheckedDocument;
    try {
      const document = parse(query, this.parseOptions);
      const invalid = validate(schema, document, [...specifiedRules, ...this.rules]);
      checked = invalid.length ? { invalid } : { document };
    } catch (parseError) {
      checked = { parseError };
    }
    if (!keep) return checked;
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(query, checked);
    return checked;
  }
}
