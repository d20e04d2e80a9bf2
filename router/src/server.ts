import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import { GraphQLError, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { DomainError } from '@simveb/platform/errors';
import { listen } from '@simveb/platform/server/listen';
import { runGc } from '@simveb/platform/server/debug-gc';
import { RouterAuth, type Authenticated } from './auth';
import { formatRouterError, maskSocketError } from './errors';
import type { Logger } from '@simveb/platform/logger';
import type { RouterConfig } from './config';
import { SubgraphDataSource, wsUrlOf, type RouterContext } from './data-source';
import { FederatedSubscriptions } from './subscriptions/federated-subscriptions';
import { UpstreamMux } from './subscriptions/upstream-mux';
import { SharedSubscriptions } from './subscriptions/shared-subscriptions';
import { closeSlowConsumer, DownstreamWriter } from './subscriptions/downstream-writer';
import { RosterLookup, subscriberContext } from './subscriptions/subscriber-context';
import { SocketSession, WsGuard } from './subscriptions/ws-guard';
import { interfacesOf, supergraphFromFile } from './supergraph';
import { createWindowCounter } from '@simveb/platform/rate/counter';
import { PersistedOperations, persistedOperations } from './protection/persisted-operations';
import { corsFor } from './http/cors';
import { addressBudgetKey, clientAddress, trustProxy } from './http/client-address';
import { documentsProxy } from './http/documents-proxy';
import { jsonErrors, notFound, originFormOnly } from './http/http-errors';
import { costAndBudget, identityOf, parseOptions, staticLimits } from './protection/protect';
import { RateBudget } from './protection/rate-budget';
import { legacyJsonStatus } from './protection/legacy-json-status';

/** Request headers passed on to subgraphs untouched. */
const FORWARDED = ['x-sql-trace'];

function forwardedHeaders(get: (name: string) => string | undefined, auth: Authenticated): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED) {
    const v = get(name);
    if (v) out[name] = v;
  }
  if (auth.authorization) out.authorization = auth.authorization;
  return out;
}

const unauthenticatedBody = (err: DomainError) => ({ errors: [{ message: err.message, extensions: { code: err.code } }] });

export interface RunningRouter {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startRouter(config: RouterConfig, log: Logger): Promise<RunningRouter> {
  const dataSources: Record<string, SubgraphDataSource> = {};
  const httpUrls: Record<string, string> = {};
  const identityUrl = new URL(config.subgraphUrls.identity ?? 'http://127.0.0.1:4001/graphql');
  const trust = trustProxy(config.trustProxy);
  const keyFailures = createWindowCounter(config.redisUrl, 'simveb:router:');
  const auth = new RouterAuth(
    config.jwksUrl ?? new URL('/.well-known/jwks.json', identityUrl).toString(),
    new URL('/internal/api-keys/exchange', identityUrl).toString(),
    keyFailures,
    { url: (id) => new URL(`/internal/affiliates/${id}/status`, identityUrl).toString(), internalToken: config.internalToken },
  );
  const subscriptions = new FederatedSubscriptions(readFileSync(config.supergraphPath, 'utf8'), () => dataSources);
  // The supergraph's interfaces, read once per supergraph (the gateway builds its data sources again on each reload).
  let interfaces = interfacesOf(readFileSync(config.supergraphPath, 'utf8'));

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, config.watchSupergraph, (sdl) => {
      subscriptions.update(sdl);
      interfaces = interfacesOf(sdl);
      log.info('supergraph reloaded');
    }),
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name as keyof typeof config.subgraphUrls] ?? url!;
      httpUrls[name] = target;
      return (dataSources[name] = new SubgraphDataSource(target, config.requestTimeoutMs, () => interfaces));
    },
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(originFormOnly);
  app.use(corsFor(config.corsOrigins));
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  httpServer.requestTimeout = config.requestTimeoutMs + 5_000;

  const counter = createWindowCounter(config.redisUrl, 'simveb:budget:');
  const budget = new RateBudget(counter, config.pointsPerHour, config.anonymousPointsPerHour);
  const limits = staticLimits(config.limits);
  // A subscribe message is a few KB; the ws default (100 MiB) would let one socket exhaust memory.
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 256 * 1024 });
  const sessions = new WeakMap<object, { session: SocketSession; identity: string; address: string }>();
  const guard = new WsGuard({ schema: () => subscriptions.schema, limits: config.limits, validationRules: limits.validationRules, budget, sockets: config.sockets });
  const upstream = new UpstreamMux(() => Object.fromEntries(Object.entries(httpUrls).map(([n, u]) => [n, wsUrlOf(u)])), config.internalToken);
  const shared = new SharedSubscriptions(subscriptions, upstream);
  const registrationUrl = new URL(config.subgraphUrls.registration ?? 'http://127.0.0.1:4003/graphql');
  const roster = new RosterLookup((partyId) => new URL(`/internal/agents/${partyId}/centers`, registrationUrl).toString(), config.internalToken);
  interface SubscriberContext {
    session: SocketSession;
    identity: string;
    writer: DownstreamWriter;
    context: { key: string; label: string };
  }
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
          ctx.extra.socket.close(4429, refused);
          return false;
        }
        sessions.set(ctx, { session: new SocketSession(authenticated, raw, auth, address, config.sockets.recheckSeconds), identity, address });
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const s = sessions.get(ctx);
        if (!s) return [new GraphQLError('Connect with credentials first.', { extensions: { code: 'UNAUTHENTICATED' } })];
        const checked = await guard.check(payload, s.identity);
        if (Array.isArray(checked)) return checked;
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

  const persisted = new PersistedOperations(config.persistedOperationsPath);
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: formatRouterError,
    validationRules: limits.validationRules,
    parseOptions: parseOptions(config.limits),
    plugins: [
      ...limits.plugins,
      costAndBudget(config.limits, budget),
      legacyJsonStatus(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsServer.dispose();
              await upstream.dispose();
              await counter.close();
              await keyFailures.close();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'router' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(httpUrls).map(async ([name, url]) => {
        const ok = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) })
          .then((r) => r.ok)
          .catch(() => false);
        return [name, ok] as const;
      }),
    );
    const ready = checks.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });
  if (config.debugEndpoints) {
    // Open downstream subscriptions, shared groups and upstream operations: tests and the bench assert sharing with it.
    app.get('/debug/subscriptions', (_req, res) => {
      const subgraphFetches = Object.fromEntries(Object.entries(dataSources).map(([name, ds]) => [name, ds.fetches]));
      res.json({ ...shared.stats(), sockets: guard.stats(), subgraphFetches });
    });
    app.post('/debug/gc', (_req, res) => {
      res.json(runGc());
    });
  }
  app.use(documentsProxy({ auth, address: (req) => addressBudgetKey(clientAddress(req, trust)), subgraphUrl: (owner) => httpUrls[owner], timeoutMs: config.requestTimeoutMs }));
  app.use(
    '/graphql',
    async (req, res, next) => {
      try {
        res.locals.auth = await auth.authenticate(req.header('authorization'), addressBudgetKey(clientAddress(req, trust)));
        next();
      } catch (err) {
        if (!(err instanceof DomainError)) return next(err);
        if (err.code === 'RATE_LIMITED') res.set('retry-after', String(err.extensions.retryAfterSeconds ?? 60));
        res.status(err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'RATE_LIMITED' ? 429 : 503).json(unauthenticatedBody(err));
      }
    },
    express.json({ limit: '1mb' }),
    persistedOperations(persisted, config.safelist),
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: express.Response }) => ({
        forward: forwardedHeaders((n) => req.header(n) ?? undefined, res.locals.auth as Authenticated),
        identity: identityOf((res.locals.auth as Authenticated).actor, clientAddress(req, trust)),
      }),
    }),
  );

  app.use(notFound);
  app.use(jsonErrors);

  const port = await listen(httpServer, config.port, config.host);
  const url = `http://${config.host}:${port}/graphql`;
  log.info({ url }, 'router ready');
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close: () => (closing ??= apollo.stop()),
  };
}
