import { counter, gauge } from '@simveb/platform/metrics/registry';

/** Requests refused for the caller's own excess: hourly budget, per-request cost, socket caps, repeated bad API keys. */
export const refusals = counter('simveb_rate_limit_refusals_total', 'Requests and subscriptions refused by a rate or size limit, by reason.', ['reason', 'transport']);

/** How HTTP operations were answered: by the lean path, or handed on to Apollo Server's pipeline (refusals, errors, APQ). */
export const httpPaths = counter(
  'simveb_router_http_operations_total',
  'GraphQL requests over HTTP by the path that answered them: lean (http/lean-graphql.ts) or apollo (handed on to Apollo Server).',
  ['path'],
);

export const eventsDelivered = counter('simveb_subscription_events_delivered_total', 'Subscription events written to client sockets (one per subscriber per event).');

export const slowConsumers = counter('simveb_subscription_slow_consumers_closed_total', 'Client sockets closed (4413) because their unsent events passed the bound.');

interface LiveStats {
  downstream: number;
  groups: number;
  pendingEvents: number;
  upstream: Record<string, number>;
  sockets: { connections: number; subscriptions: number };
}

/** Gauges read from the subscription server when Prometheus scrapes (nothing is counted on the hot path). */
export function liveGauges(stats: () => LiveStats): void {
  gauge('simveb_websocket_connections', 'Open client WebSocket connections.', [], function () {
    this.set(stats().sockets.connections);
  });
  gauge('simveb_subscriptions', 'Active client subscriptions.', [], function () {
    this.set(stats().downstream);
  });
  gauge('simveb_subscription_groups', 'Shared subscription groups (distinct operation, variables and authorization context).', [], function () {
    this.set(stats().groups);
  });
  gauge('simveb_subscription_pending_events', 'Events received from subgraphs and not yet delivered: a growing value is a backlog.', [], function () {
    this.set(stats().pendingEvents);
  });
  gauge('simveb_subscription_upstream', 'Operations open on the router’s one multiplexed socket per subgraph.', ['subgraph'], function () {
    this.reset();
    for (const [subgraph, n] of Object.entries(stats().upstream)) this.set({ subgraph }, n);
  });
}
