import { createRequire } from 'node:module';
import { getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, isUnionType, type DocumentNode, type GraphQLSchema } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import { ACTIVE_ENCUMBRANCES_BOUND, UNPAGED_LIST_BOUND } from '@simveb/platform/graphql/list-bound';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// The CommonJS build: its `graphql` must be the one the gateway built the schema with (its ESM build
// imports graphql's .mjs files, a second graphql that refuses the gateway's types).
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

/** Page size assumed when a list field is asked without `first` (the connections' default). */
export const DEFAULT_PAGE = 20;
/** Largest page a connection serves; a bigger `first` is refused by the subgraph anyway. */
export const MAX_PAGE = 100;

/** Lists without paging return at most UNPAGED_LIST_BOUND items (the subgraphs cut them there); catalogues are smaller. */
const KNOWN_SIZES: Record<string, number> = {
  'Query.managementCenters': 12,
  'Query.services': 25,
  'Query.vehicleCategories': 10,
  'Query.brands': 100,
  'Query.vehicleModels': 100,
  'Query.tariffs': 100,
  'Query.affiliates': 100,
  'Query.apiKeys': 50,
  'Account.profiles': 10,
  'Account.centers': 12,
  'DemandStats.byStatus': 20,
  // Price lines: one per fee component of a service (a handful), never more than ten.
  'Quote.lines': 10,
  'Order.lines': 10,
  'Invoice.lines': 10,
};

/**
 * A list's cost is its children's times the size it can really return: the
 * page asked for (`first`, the connection's default page without it), the size
 * of a list argument such as `vins`, or the bound of an unpaged list. So
 * `vehicles(first: 100) { holder }` costs a hundred holders, and
 * `demands { edges { node { history { actor } } } }` twenty histories of fifty.
 * A connection's `edges` are already counted by the connection's page.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  const child = Math.max(childComplexity, 1);
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), MAX_PAGE) : undefined;
  if (first !== undefined) return 1 + first * child;
  const listArg = Object.values(args).find((v): v is unknown[] => Array.isArray(v));
  if (listArg) return 1 + listArg.length * child;
  if (field.args.some((a) => a.name === 'first')) return 1 + DEFAULT_PAGE * child;
  const returns = getNullableType(field.type);
  const item = getNamedType(field.type);
  if (isListType(returns) && field.name !== 'edges' && (isObjectType(item) || isInterfaceType(item) || isUnionType(item))) {
    // What weighs on a vehicle now: a pledge, an opposition, a title deposit — the subgraph serves ten at most.
    if (`${type.name}.${field.name}` === 'Vehicle.encumbrances' && args.activeOnly !== false) return 1 + ACTIVE_ENCUMBRANCES_BOUND * child;
    return 1 + (KNOWN_SIZES[`${type.name}.${field.name}`] ?? UNPAGED_LIST_BOUND) * child;
  }
  return undefined;
};

/** Costs already computed, by parsed document (the servers reuse one object per document text), then operation and variables. */
const computed = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
/** Distinct (operation, variables) remembered per document: a dashboard's few pages, not every search term. */
const PER_DOCUMENT = 64;
/** Longest (operation, variables) key remembered: a page request's variables are a few hundred characters. */
const MAX_REMEMBERED_KEY = 4096;

/** What an operation costs, in points: 1 per field, lists multiplied by their page size. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  let bySchema = computed.get(schema);
  if (!bySchema) computed.set(schema, (bySchema = new WeakMap()));
  let byDocument = bySchema.get(document);
  if (!byDocument) bySchema.set(document, (byDocument = new Map()));
  const key = `${operationName ?? ''}\0${JSON.stringify(variables)}`;
  const known = byDocument.get(key);
  if (known !== undefined) return known;
  const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  // Variables are the caller's: a megabyte of them is costed, not kept.
  if (key.length > MAX_REMEMBERED_KEY) return cost;
  if (byDocument.size >= PER_DOCUMENT) byDocument.delete(byDocument.keys().next().value!);
  byDocument.set(key, cost);
  return cost;
}
