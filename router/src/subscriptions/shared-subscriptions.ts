import { createHash } from 'node:crypto';
import { Repeater } from '@repeaterjs/repeater';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { SHARED_CONTEXT_HEADER } from '@simveb/platform/auth/authorization-context';
import { maskSocketError } from '../errors';
import type { FederatedSubscriptions, PreparedSubscription } from './federated-subscriptions';
import type { DownstreamWriter } from './downstream-writer';
import type { UpstreamEvent, UpstreamMux } from './upstream-mux';

/** One downstream subscription: where its events are written and whose credential may fetch for it. */
export interface Member {
  writer: DownstreamWriter;
  /** The subscriber's current credential (renewed for partners, ended at expiry by its session). */
  authorization: () => string | null;
}

export interface JoinRequest {
  prepared: PreparedSubscription;
  variables: Record<string, unknown>;
  /** authorizationContextKey() of the subscriber: equal keys, equal rights. */
  contextKey: string;
  /** A short label for /debug (kind and roles, no identifiers). */
  contextLabel: string;
  member: Member;
}

const overloaded = () => new GraphQLError('The graph cannot keep up with this subscription’s events right now; subscribe again.', { extensions: { code: 'UPSTREAM_UNAVAILABLE' } });

const upstreamLost = (service: string) => new GraphQLError(`Lost the connection to the ${service} service; subscribe again.`, { extensions: { code: 'UPSTREAM_UNAVAILABLE' } });

/** Variables in a canonical order, so `{a,b}` and `{b,a}` share. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/**
 * Subscribers with the same operation, variables and authorization context
 * share one group: one upstream operation, one execution of the plan's
 * `rest` per event, one serialisation of the result, written to each
 * socket. The work per event grows with the groups an event reaches, not with
 * the subscribers behind them.
 */
class SharedGroup {
  readonly members = new Set<Member>();
  private unsubscribe: (() => void) | undefined;
  /** Events are executed as they come (concurrently) and delivered in order. */
  private tail: Promise<void> = Promise.resolve();
  private reopened = 0;
  /** Events received and not yet delivered (executing, or waiting for an earlier one). */
  private pending = 0;
  get pendingEvents(): number {
    return this.pending;
  }
  events = 0;

  constructor(
    private readonly hub: SharedSubscriptions,
    readonly key: string,
    readonly request: Omit<JoinRequest, 'member'>,
  ) {}

  private credential(): string | null {
    for (const m of this.members) {
      const a = m.authorization();
      if (a) return a;
    }
    return null;
  }

  open(): void {
    const authorization = this.credential();
    if (!authorization) return this.end({ errors: [new GraphQLError('Sign in to subscribe.', { extensions: { code: 'UNAUTHENTICATED' } })] });
    const { prepared, variables } = this.request;
    this.unsubscribe = this.hub.upstream.subscribe(
      prepared.primary.serviceName,
      {
        query: prepared.primary.operation,
        variables: this.hub.planner.primaryVariables(prepared, variables),
        operationName: prepared.primary.operationName ?? undefined,
        authorization,
      },
      {
        next: (event) => this.onEvent(event),
        // After the events already on their way: a refusal comes as one event with errors, then completion.
        error: (err) => void this.tail.then(() => this.onError(err)),
        complete: () => void this.tail.then(() => this.end()),
      },
    );
  }

  private onEvent(event: UpstreamEvent): void {
    if (!this.members.size) return;
    this.events += 1;
    // Events arriving faster than they can be completed would queue without bound: end the group instead.
    if (++this.pending > this.hub.maxPendingEvents) return this.end({ errors: [overloaded()] });
    const authorization = this.credential();
    // The event as the subgraph sent it (the root field's value): groups of one context that received it share its fetches.
    const eventKey = JSON.stringify(Object.values(event.data ?? {}));
    const context = { forward: { ...(authorization && { authorization }), [SHARED_CONTEXT_HEADER]: '1' }, identity: `shared:${this.key}`, sharedEvent: `${this.request.contextKey}\0${eventKey}` };
    // Even without `rest`, the gateway's executor shapes the answer to the client's selection (aliases, typenames).
    const result = this.hub.planner.execute(this.request.prepared, event, this.request.variables, context);
    this.tail = this.tail.then(() =>
      result.then(
        (r) => this.deliver(r),
        () => this.deliver({ errors: [upstreamLost(this.request.prepared.primary.serviceName)] }),
      ),
    );
  }

  private deliver(result: ExecutionResult): void {
    this.pending -= 1;
    if (!this.members.size) return;
    const payload = result.errors?.length ? { ...result, errors: result.errors.map((e) => maskSocketError(e)) } : result;
    const json = JSON.stringify(payload);
    for (const m of this.members) m.writer.next(json);
  }

  private onError(err: unknown): void {
    this.unsubscribe = undefined;
    if (Array.isArray(err)) {
      const errors = err.map((e: { message: string; extensions?: Record<string, unknown> }) => new GraphQLError(e.message, { extensions: e.extensions }));
      // The credential it was opened with expired (a resubscription after a restart): open again with a member's current one.
      if (errors.some((e) => e.extensions.code === 'UNAUTHENTICATED') && this.members.size && this.reopened++ < 3) return this.open();
      return this.end({ errors });
    }
    // No detail: the socket error names hosts and ports that are not the client's business.
    this.end({ errors: [upstreamLost(this.request.prepared.primary.serviceName)] });
  }

  /** Ends every member (with a last result if given) and the group. */
  end(last?: ExecutionResult): void {
    this.close();
    for (const m of [...this.members]) m.writer.end(last);
  }

  leave(member: Member): void {
    this.members.delete(member);
    if (!this.members.size) this.close();
  }

  private close(): void {
    this.hub.forget(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

export class SharedSubscriptions {
  private readonly groups = new Map<string, SharedGroup>();

  constructor(
    readonly planner: FederatedSubscriptions,
    readonly upstream: UpstreamMux,
    /** Events one group may hold undelivered before it is ended (WS_MAX_PENDING_EVENTS). */
    readonly maxPendingEvents = 1000,
  ) {}

  /**
   * The member's events until it leaves (`return()`), its group ends, or its
   * socket closes. The iterator itself yields only a last result (an error);
   * events are written straight to the socket, serialised once per group.
   */
  join(request: JoinRequest): AsyncIterableIterator<ExecutionResult> {
    const key = createHash('sha256')
      .update(request.prepared.signature)
      .update('\0')
      .update(JSON.stringify(canonical(request.variables)))
      .update('\0')
      .update(request.contextKey)
      .digest('base64url');
    return new Repeater<ExecutionResult>(async (push, stop) => {
      const { member } = request;
      member.writer.onEnd((last) => {
        if (last) void push(last).then(() => stop());
        else stop();
      });
      let group = this.groups.get(key);
      const fresh = !group;
      if (!group) {
        group = new SharedGroup(this, key, { prepared: request.prepared, variables: request.variables, contextKey: request.contextKey, contextLabel: request.contextLabel });
        this.groups.set(key, group);
      }
      group.members.add(member);
      if (fresh) group.open();
      await stop;
      group.leave(member);
    }) as unknown as AsyncIterableIterator<ExecutionResult>;
  }

  forget(group: SharedGroup): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
  }

  stats() {
    let downstream = 0;
    let pendingEvents = 0;
    const groups = [...this.groups.values()].map((g) => {
      downstream += g.members.size;
      pendingEvents += g.pendingEvents;
      return {
        key: g.key.slice(0, 12),
        service: g.request.prepared.primary.serviceName,
        operation: g.request.prepared.name,
        context: g.request.contextLabel,
        members: g.members.size,
        events: g.events,
        pending: g.pendingEvents,
      };
    });
    // Events received from upstream and not yet delivered (executing or waiting for an earlier one): a growing figure is a backlog in the router.
    return { downstream, groups: groups.length, pendingEvents, upstream: this.upstream.stats(), shared: groups.sort((a, b) => b.members - a.members).slice(0, 50) };
  }
}
