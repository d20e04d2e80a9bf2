import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// The CommonJS build: its `graphql` must be the one the gateway built the schema with (its ESM build
// imports graphql's .mjs files, a second graphql that refuses the gateway's types).
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

/** Page size assumed when a list field is asked without `first` (the connections' default). */
export const DEFAULT_PAGE = 20;
/** Largest page a connection serves; a bigger `first` is refused by the subgraph anyway. */
export const MAX_PAGE = 100;

/**
 * A list's cost is its children's times the page asked for (`first`, or the
 * size of a list argument such as `vins`), so `vehicles(first: 100) { holder }`
 * costs a hundred holders, not one.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), MAX_PAGE) : undefined;
  const listArg = Object.values(args).find((v): v is unknown[] => Array.isArray(v));
  const size = first ?? (listArg ? listArg.length : undefined);
  return size === undefined ? undefined : 1 + size * Math.max(childComplexity, 1);
};

/** What an operation costs, in points: 1 per field, lists multiplied by their page size. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}
