import type { GraphQLDataSource } from '@apollo/gateway';
import type { FetchNode, QueryPlan } from '@apollo/query-planner';
import { getOperationAST, GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { RouterContext } from '../data-source';
import type { OperationContext, SupergraphPlans } from '../execution/supergraph-plans';
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
  private readonly plans = new Map<string, PreparedSubscription>();
  /** The guard hands every subscriber of one text the same parsed document: its plan is found without printing it again. */
  private byDocument = new WeakMap<DocumentNode, Map<string, PreparedSubscription>>();

  constructor(
    private readonly supergraph: SupergraphPlans,
    private readonly dataSources: () => Record<string, GraphQLDataSource>,
  ) {}

  /** The supergraph was reloaded (`supergraph.update`): plans of the old one go. */
  update(): void {
    this.plans.clear();
    this.byDocument = new WeakMap();
  }

  get schema(): GraphQLSchema {
    return this.supergraph.schema;
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
    const node = this.supergraph.buildPlan(document, operationName).node;
    if (node?.kind !== 'Subscription') throw new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP POST.');
    const prepared: PreparedSubscription = {
      primary: node.primary,
      plan: { kind: 'QueryPlan', node: node.rest ? { kind: 'Sequence', nodes: [node.primary, node.rest] } : node.primary },
      hasRest: Boolean(node.rest),
      operationContext: this.supergraph.operationContext(document, operationName),
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
    const result = await this.supergraph.execute(
      { plan: prepared.plan, operationContext: prepared.operationContext, document: prepared.document, operationName: prepared.operationName, variables, context, query: prepared.primary.operation },
      { ...this.dataSources(), [prepared.primary.serviceName]: primarySource },
    );
    return { data: result.data as Record<string, unknown> | null, ...(result.errors?.length && { errors: result.errors as GraphQLError[] }) };
  }
}
