import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';

type OperationContext = ReturnType<typeof buildOperationContext>;
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type QueryPlan } from '@apollo/query-planner';
import { getOperationAST, GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { RouterContext } from '../data-source';
import type { UpstreamEvent } from './upstream-mux';

/** A subscription planned once per document and operation name. */
export interface PreparedSubscription {
  /** The subgraph fetch that opens the subscription upstream. */
  primary: FetchNode;
  /** `primary` then `rest` (entity fetches to the other subgraphs), run for each event. */
  plan: QueryPlan;
  hasRest: boolean;
  operationContext: OperationContext;
  document: DocumentNode;
  operationName: string | null;
  /** The operation's name as written in the document (for /debug), even when the client sent none. */
  name: string | null;
  /** The printed document: with the variables and the authorization context, the key of a shared subscription. */
  signature: string;
}

const PLAN_CACHE_SIZE = 500;

/**
 * @apollo/gateway plans subscriptions but refuses to execute them. This runs
 * them: the plan's `primary` fetch becomes an upstream graphql-ws operation;
 * each event it yields is fed back into the gateway's own executor as the
 * result of that fetch, so `rest` runs and the response is shaped to the
 * client's selection. Plans are kept per document (the same dashboard
 * subscription is planned once, not once per subscriber).
 */
export class FederatedSubscriptions {
  private apiSchema!: Schema;
  private apiGraphQLSchema!: GraphQLSchema;
  private supergraphSchema!: GraphQLSchema;
  private planner!: QueryPlanner;
  private readonly plans = new Map<string, PreparedSubscription>();
  /** The guard hands every subscriber of one text the same parsed document: its plan is found without printing it again. */
  private byDocument = new WeakMap<DocumentNode, Map<string, PreparedSubscription>>();

  constructor(
    supergraphSdl: string,
    private readonly dataSources: () => Record<string, GraphQLDataSource>,
  ) {
    this.update(supergraphSdl);
  }

  update(supergraphSdl: string): void {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.apiGraphQLSchema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
    this.plans.clear();
    this.byDocument = new WeakMap();
  }

  get schema(): GraphQLSchema {
    return this.apiGraphQLSchema;
  }

  prepare(document: DocumentNode, operationName?: string | null): PreparedSubscription {
    const known = this.byDocument.get(document)?.get(operationName ?? '');
    if (known) return known;
    const prepared = this.plan(document, operationName);
    let forDocument = this.byDocument.get(document);
    if (!forDocument) this.byDocument.set(document, (forDocument = new Map()));
    forDocument.set(operationName ?? '', prepared);
    return prepared;
  }

  private plan(document: DocumentNode, operationName?: string | null): PreparedSubscription {
    // Keyed by the operation actually chosen: a client naming it and one relying on the only operation share.
    const name = getOperationAST(document, operationName ?? undefined)?.name?.value ?? null;
    const signature = `${name ?? ''}\n${print(document)}`;
    const cached = this.plans.get(signature);
    if (cached) {
      // Most recently used last: the oldest plan is the one dropped.
      this.plans.delete(signature);
      this.plans.set(signature, cached);
      return cached;
    }
    const operation = operationFromDocument(this.apiSchema, document, { operationName: operationName ?? undefined });
    const node = this.planner.buildQueryPlan(operation).node;
    if (node?.kind !== 'Subscription') throw new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP POST.');
    const prepared: PreparedSubscription = {
      primary: node.primary,
      plan: { kind: 'QueryPlan', node: node.rest ? { kind: 'Sequence', nodes: [node.primary, node.rest] } : node.primary },
      hasRest: Boolean(node.rest),
      operationContext: buildOperationContext({ schema: this.apiGraphQLSchema, operationDocument: document, operationName: operationName ?? undefined }),
      document,
      operationName: operationName ?? null,
      name,
      signature,
    };
    this.plans.set(signature, prepared);
    if (this.plans.size > PLAN_CACHE_SIZE) this.plans.delete(this.plans.keys().next().value!);
    return prepared;
  }

  /** The variables the primary fetch uses (the subgraph sees only those). */
  primaryVariables(prepared: PreparedSubscription, variables: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of prepared.primary.variableUsages ?? []) if (name in variables) out[name] = variables[name];
    return out;
  }

  /** One event of the primary fetch, completed by `rest` and shaped to the client's selection. */
  async execute(prepared: PreparedSubscription, event: UpstreamEvent, variables: Record<string, unknown>, context: RouterContext): Promise<ExecutionResult> {
    const primarySource: GraphQLDataSource = { process: async () => ({ data: event.data, errors: event.errors as never }) };
    const requestContext = {
      request: { query: prepared.primary.operation, variables, operationName: prepared.operationName ?? undefined },
      context,
      document: prepared.document,
      operation: prepared.operationContext.operation,
      operationName: prepared.operationName,
      logger: console,
      metrics: {},
      cache: undefined,
      overallCachePolicy: { restrict() {}, replace() {}, policyIfCacheable: () => null },
    };
    const result = await executeQueryPlan(
      prepared.plan,
      { ...this.dataSources(), [prepared.primary.serviceName]: primarySource },
      requestContext as never,
      prepared.operationContext,
      this.supergraphSchema,
      this.apiSchema,
    );
    return { data: result.data as Record<string, unknown> | null, ...(result.errors?.length && { errors: result.errors as GraphQLError[] }) };
  }
}
