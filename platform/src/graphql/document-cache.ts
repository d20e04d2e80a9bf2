import { parse, specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';

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
    let checked: CheckedDocument;
    try {
      const document = parse(query, this.parseOptions);
      const invalid = validate(schema, document, [...specifiedRules, ...this.rules]);
      checked = invalid.length ? { invalid } : { document };
    } catch (parseError) {
      checked = { parseError };
    }
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(query, checked);
    return checked;
  }
}
