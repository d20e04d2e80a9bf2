import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { Repeater } from '@repeaterjs/repeater';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { RouterContext } from '../data-source';
import type { UpstreamPool } from './upstream-pool';

export interface SubscribeRequest {
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string | null;
  upstream: UpstreamPool;
  context: RouterContext;
}

const upstreamLost = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UPSTREAM_UNAVAILABLE' } });

/**
 * @apollo/gateway plans subscriptions but refuses to execute them. This runs
 * them: the plan's `primary` fetch becomes a graphql-ws subscription to the
 * owning subgraph; each event it yields is fed back into the gateway's own
 * executor as the result of that fetch, so `rest` (entity fetches to the other
 * subgraphs) runs and the response is shaped to the client's selection.
 */
export class FederatedSubscriptions {
  private apiSchema!: Schema;
  private apiGraphQLSchema!: GraphQLSchema;
  private supergraphSchema!: GraphQLSchema;
  private planner!: QueryPlanner;

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
  }

  get schema(): GraphQLSchema {
    return this.apiGraphQLSchema;
  }

  /** The subgraph fetch that opens the subscription, and what runs after each event. */
  plan(document: DocumentNode, operationName?: string | null): { primary: FetchNode; rest?: PlanNode } {
    const operation = operationFromDocument(this.apiSchema, document, { operationName: operationName ?? undefined });
    const plan = this.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== 'Subscription') throw new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP POST.');
    return { primary: plan.node.primary, rest: plan.node.rest };
  }

  subscribe(req: SubscribeRequest): AsyncIterableIterator<ExecutionResult> {
    const { primary, rest } = this.plan(req.document, req.operationName);
    const variables: Record<string, unknown> = {};
    for (const name of primary.variableUsages ?? []) if (name in req.variables) variables[name] = req.variables[name];
    const operationContext = buildOperationContext({
      schema: this.apiGraphQLSchema,
      operationDocument: req.document,
      operationName: req.operationName ?? undefined,
    });
    const plan: QueryPlan = { kind: 'QueryPlan', node: rest ? { kind: 'Sequence', nodes: [primary, rest] } : primary };
    const apiSchema = this.apiSchema;
    const supergraphSchema = this.supergraphSchema;
    const services = this.dataSources();
    const source = req.upstream.client(primary.serviceName).iterate<Record<string, unknown>>({
      query: primary.operation,
      variables,
      operationName: primary.operationName ?? undefined,
    });

    const merge = async (event: ExecutionResult<Record<string, unknown>>): Promise<ExecutionResult> => {
      const primarySource: GraphQLDataSource = { process: async () => ({ data: event.data, errors: event.errors as never }) };
      const requestContext = {
        request: { query: primary.operation, variables: req.variables, operationName: req.operationName ?? undefined },
        context: req.context,
        document: req.document,
        operation: operationContext.operation,
        operationName: req.operationName ?? null,
        logger: console,
        metrics: {},
        cache: undefined,
        overallCachePolicy: { restrict() {}, replace() {}, policyIfCacheable: () => null },
      };
      const result = await executeQueryPlan(
        plan,
        { ...services, [primary.serviceName]: primarySource },
        requestContext as never,
        operationContext,
        supergraphSchema,
        apiSchema,
      );
      return { data: result.data as Record<string, unknown> | null, ...(result.errors?.length && { errors: result.errors as GraphQLError[] }) };
    };

    return new Repeater<ExecutionResult>(async (push, stop) => {
      let stopped = false;
      void stop.then(() => {
        stopped = true;
        void source.return?.();
      });
      try {
        for await (const event of source) {
          if (stopped) break;
          await push(await merge(event as ExecutionResult<Record<string, unknown>>));
        }
      } catch (err) {
        // The subgraph refused the operation (graphql-ws "error" message): pass its errors on as they are.
        if (Array.isArray(err)) {
          if (!stopped) await push({ errors: err.map((e: { message: string; extensions?: Record<string, unknown> }) => new GraphQLError(e.message, { extensions: e.extensions })) });
        } else if (!stopped) {
          // No detail: the socket error names hosts and ports that are not the client's business.
          await push({ errors: [upstreamLost(`Lost the connection to the ${primary.serviceName} service; subscribe again.`)] });
        }
      }
      stop();
    }) as unknown as AsyncIterableIterator<ExecutionResult>;
  }
}
