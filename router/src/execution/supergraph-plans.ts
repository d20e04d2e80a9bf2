import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { RouterContext } from '../data-source';

export type OperationContext = ReturnType<typeof buildOperationContext>;

/** A query or mutation planned once per parsed document and operation name. */
export interface PlannedOperation {
  plan: QueryPlan;
  operationContext: OperationContext;
}

export interface PlanExecution {
  plan: QueryPlan;
  operationContext: OperationContext;
  document: DocumentNode;
  operationName: string | null;
  /** The variables as the client sent them (the gateway reads page sizes and `@include` conditions from them). */
  variables: Record<string, unknown> | undefined;
  context: RouterContext;
  /** The query text, for a data source that reads it (ours reads the fetch's own). */
  query: string;
}

/**
 * The supergraph as Apollo's planner and executor see it: its API schema,
 * the planner, and the plans of the documents the router has seen. HTTP
 * queries and WebSocket subscriptions both plan and execute through it, so a
 * supergraph reload replaces them together. The plans stay Apollo's
 * (`@apollo/query-planner`) and so does their execution (`executeQueryPlan`);
 * what is ours is doing the per-document work once: the gateway's executor
 * hashes the text, builds the operation context and checks the variables
 * again on every request.
 */
export class SupergraphPlans {
  private apiSchema!: Schema;
  private apiGraphQLSchema!: GraphQLSchema;
  private supergraphSchema!: GraphQLSchema;
  private planner!: QueryPlanner;
  /** The document caches hand every request of one text the same parsed document: its plan is found by identity. */
  private byDocument = new WeakMap<DocumentNode, Map<string, PlannedOperation>>();

  constructor(supergraphSdl: string) {
    this.update(supergraphSdl);
  }

  update(supergraphSdl: string): void {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.apiGraphQLSchema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
    this.byDocument = new WeakMap();
  }

  /** The API schema clients validate against (what the gateway serves). */
  get schema(): GraphQLSchema {
    return this.apiGraphQLSchema;
  }

  /** The raw plan of an operation (subscriptions shape theirs further). */
  buildPlan(document: DocumentNode, operationName: string | null | undefined): QueryPlan {
    return this.planner.buildQueryPlan(operationFromDocument(this.apiSchema, document, { operationName: operationName ?? undefined }));
  }

  operationContext(document: DocumentNode, operationName: string | null | undefined): OperationContext {
    return buildOperationContext({ schema: this.apiGraphQLSchema, operationDocument: document, operationName: operationName ?? undefined });
  }

  /** A query's or mutation's plan, built on the first request of its document and operation name. */
  planned(document: DocumentNode, operationName: string | null | undefined): PlannedOperation {
    let forDocument = this.byDocument.get(document);
    const known = forDocument?.get(operationName ?? '');
    if (known) return known;
    const planned = { plan: this.buildPlan(document, operationName), operationContext: this.operationContext(document, operationName) };
    if (!forDocument) this.byDocument.set(document, (forDocument = new Map()));
    forDocument.set(operationName ?? '', planned);
    return planned;
  }

  /**
   * Runs a plan with Apollo's executor. The request context carries only
   * what `executeQueryPlan` and our data sources read: the variables, the
   * router's context (forwarded credential, identity) and a logger.
   */
  execute(run: PlanExecution, dataSources: Record<string, GraphQLDataSource>): ReturnType<typeof executeQueryPlan> {
    const requestContext = {
      request: { query: run.query, variables: run.variables, operationName: run.operationName ?? undefined },
      context: run.context,
      document: run.document,
      operation: run.operationContext.operation,
      operationName: run.operationName,
      logger: console,
      metrics: {},
      cache: undefined,
      overallCachePolicy: { restrict() {}, replace() {}, policyIfCacheable: () => null },
    };
    return executeQueryPlan(run.plan, dataSources, requestContext as never, run.operationContext, this.supergraphSchema, this.apiSchema);
  }
}
