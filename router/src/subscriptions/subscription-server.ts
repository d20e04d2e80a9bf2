import type http from 'node:http';
import { GraphQLError, type DocumentNode, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticated, RouterAuth } from '../auth';
import type { RouterConfig } from '../config';
import { wsUrlOf } from '../data-source';
import { maskSocketError } from '../errors';
import { addressBudgetKey, clientAddress, type trustProxy } from '../http/client-address';
import { identityOf } from '../protection/protect';
import type { RateBudget } from '../protection/rate-budget';
import { subscribeText, type PersistedOperations } from '../protection/persisted-operations';
import { closeSlowConsumer, DownstreamWriter } from './downstream-writer';
import type { FederatedSubscriptions } from './federated-subscriptions';
import { SharedSubscriptions } from './shared-subscriptions';
import { RosterLookup, subscriberContext } from './subscriber-context';
import { UpstreamMux } from './upstream-mux';
import { liveGauges, refusals } from '../metrics';
import { SocketSession, WsGuard } from './ws-guard';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  config: RouterConfig;
  auth: RouterAuth;
  trust: ReturnType<typeof trustProxy>;
  budget: RateBudget;
  validationRules: readonly ValidationRule[];
  subscriptions: FederatedSubscriptions;
  /** Subgraph HTTP URLs as the gateway routes them (their ws:// twins serve subscriptions). */
  httpUrls: Record<string, string>;
  persisted: PersistedOperations;
}

interface SubscriberContext {
  session: SocketSession;
  identity: string;
  writer: DownstreamWriter;
  context: { key: string; label: string };
}

/**
 * graphql-ws on the router's /graphql: each socket's credential and caps
 * (WsGuard, SocketSession), each subscription checked like an HTTP request,
 * then filed into its shared group (SharedSubscriptions), whose events are
 * written straight to the member sockets (DownstreamWriter).
 */
export function startSubscriptionServer({ httpServer, config, auth, trust, budget, validationRules, subscriptions, httpUrls, persisted }: SubscriptionServerOptions) {
  // A subscribe message is a few KB; the ws default (100 MiB) would let one socket exhaust memory.
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 256 * 1024 });
  const sessions = new WeakMap<object, { session: SocketSession; identity: string; address: string }>();
  const guard = new WsGuard({ schema: () => subscriptions.schema, limits: config.limits, validationRules, budget, sockets: config.sockets });
  const upstream = new UpstreamMux(() => Object.fromEntries(Object.entries(httpUrls).map(([n, u]) => [n, wsUrlOf(u)])), config.internalToken);
  const shared = new SharedSubscriptions(subscriptions, upstream, config.sockets.maxPendingEvents);
  const registrationUrl = new URL(config.subgraphUrls.registration ?? 'http://127.0.0.1:4003/graphql');
  const roster = new RosterLookup((partyId) => new URL(`/internal/agents/${partyId}/centers`, registrationUrl).toString(), config.internalToken);
  const wsServer = useServer<Record<string, unknown> | undefined, { request: http.IncomingMessage; socket: WebSocket }>(
    {
      schema: () => subscriptions.schema,
      // Credentials come in connection_init: none or a bad one closes the socket with 4403; too many sockets with 4429.
      onConnect: async (ctx) => {
        const address = addressBudgetKey(clientAddress(ctx.extra.request, trust));
        const params = ctx.connectionParams ?? {};
        const raw = (params.authorization ?? params.Authorization) as string | undefined;
        let authenticated: Authenticated;
        try {
          authenticated = await auth.authenticate(typeof raw === 'string' ? raw : undefined, address);
        } catch {
          return false;
        }
        if (authenticated.actor.kind === 'anonymous') return false;
        const identity = identityOf(authenticated.actor, clientAddress(ctx.extra.request, trust));
        const refused = guard.admit(identity, address);
        if (refused) {
          refusals.inc({ reason: 'sockets', transport: 'ws' });
          ctx.extra.socket.close(4429, refused);
          return false;
        }
        sessions.set(ctx, { session: new SocketSession(authenticated, raw, auth, address, config.sockets.recheckSeconds), identity, address });
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const s = sessions.get(ctx);
        if (!s) return [new GraphQLError('Connect with credentials first.', { extensions: { code: 'UNAUTHENTICATED' } })];
        const text = subscribeText(persisted, config.safelist, payload, s.session.current.actor.kind === 'partner');
        if (text instanceof GraphQLError) return [text];
        const checked = await guard.check({ ...payload, query: text }, s.identity);
        if (Array.isArray(checked)) {
          const code = checked[0]?.extensions.code;
          if (code === 'RATE_LIMITED' || code === 'QUERY_TOO_COMPLEX') refusals.inc({ reason: code === 'RATE_LIMITED' ? 'budget' : 'cost', transport: 'ws' });
          return checked;
        }
        const ok = checked as { document: DocumentNode; variables: Record<string, unknown> };
        try {
          subscriptions.prepare(ok.document, payload.operationName);
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('This subscription cannot be planned.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })];
        }
        return { schema: subscriptions.schema, document: ok.document, variableValues: ok.variables, operationName: payload.operationName ?? undefined };
      },
      context: async (ctx, id): Promise<SubscriberContext> => {
        const s = sessions.get(ctx)!;
        const socket = ctx.extra.socket;
        return {
          session: s.session,
          identity: s.identity,
          writer: new DownstreamWriter(socket, id, config.sockets.maxBufferedBytes, () => closeSlowConsumer(socket)),
          context: await subscriberContext(s.session.current.actor, roster),
        };
      },
      execute: () => ({
        errors: [new GraphQLError('Send queries and mutations over HTTP POST /graphql; WebSocket serves subscriptions.', { extensions: { code: 'BAD_USER_INPUT' } })],
      }),
      subscribe: (args) => {
        const { session, identity, writer, context } = args.contextValue as SubscriberContext;
        const release = guard.hold(identity);
        const source = shared.join({
          prepared: subscriptions.prepare(args.document, args.operationName),
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          contextKey: context.key,
          contextLabel: context.label,
          member: { writer, authorization: () => session.current.authorization },
        });
        return session.guard(source, release);
      },
      // Errors on sockets are masked like HTTP ones (no internals, no addresses).
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors?.length) return result;
        return { ...result, errors: result.errors.map((e) => maskSocketError(e)) };
      },
      onClose: async (ctx) => {
        const s = sessions.get(ctx);
        if (s) {
          s.session.dispose();
          guard.release(s.identity, s.address);
        }
      },
    },
    wss,
  );

  const stats = () => ({ ...shared.stats(), sockets: guard.stats() });
  liveGauges(stats);
  return {
    stats,
    async dispose(): Promise<void> {
      await wsServer.dispose();
      await upstream.dispose();
    },
  };
}
