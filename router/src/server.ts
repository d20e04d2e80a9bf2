import http from 'node:http';
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import { listen } from '@simveb/platform/server/listen';
import { runGc } from '@simveb/platform/server/debug-gc';
import { RouterAuth, type Authenticated } from './auth';
import { formatRouterError } from './errors';
import type { Logger } from '@simveb/platform/logger';
import type { RouterConfig } from './config';
import { SubgraphDataSource, type RouterContext } from './data-source';
import { FederatedSubscriptions } from './subscriptions/federated-subscriptions';
import { SupergraphPlans } from './execution/supergraph-plans';
import { leanGraphql, SPENT } from './http/lean-graphql';
import type { Budget } from './protection/rate-budget';
import { interfacesOf, routingUrlsOf, supergraphFromFile } from './supergraph';
import { startSubscriptionServer } from './subscriptions/subscription-server';
import { createWindowCounter } from '@simveb/platform/rate/counter';
import { PersistedOperations, persistedOperations } from './protection/persisted-operations';
import { corsFor } from './http/cors';
import { authenticate } from './http/authenticate';
import { healthRoutes } from './http/health';
import { addressBudgetKey, clientAddress, trustProxy } from './http/client-address';
import { documentsProxy } from './http/documents-proxy';
import { jsonErrors, notFound, originFormOnly } from './http/http-errors';
import { costAndBudget, identityOf, parseOptions, staticLimits } from './protection/protect';
import { RateBudget } from './protection/rate-budget';
import { legacyJsonStatus } from './protection/legacy-json-status';
import { metricsRoute, startMetrics } from '@simveb/platform/metrics/registry';
import { graphqlMetricsPlugin, type RequestLogging } from '@simveb/platform/metrics/graphql-metrics';
import { traceHttp } from '@simveb/platform/telemetry/http-span';

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

export interface RunningRouter {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startRouter(config: RouterConfig, log: Logger): Promise<RunningRouter> {
  startMetrics('router', config.metricsEnabled);
  const dataSources: Record<string, SubgraphDataSource> = {};
  const httpUrls: Record<string, string> = {};
  // Identity's URL as configured, else its routing URL in the supergraph: no port is assumed here.
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const identityUrl = new URL(config.subgraphUrls.identity ?? routingUrlsOf(supergraphSdl).identity!);
  const trust = trustProxy(config.trustProxy);
  const keyFailures = createWindowCounter(config.redisUrl, 'simveb:router:');
  const auth = new RouterAuth(config.jwksUrl ?? new URL('/.well-known/jwks.json', identityUrl).toString(), new URL('/internal/api-keys/exchange', identityUrl).toString(), keyFailures, {
    url: (id) => new URL(`/internal/affiliates/${id}/status`, identityUrl).toString(),
    internalToken: config.internalToken,
  });
  const plans = new SupergraphPlans(supergraphSdl);
  const subscriptions = new FederatedSubscriptions(plans, () => dataSources);
  // The supergraph's interfaces, read once per supergraph (the gateway builds its data sources again on each reload).
  let interfaces = interfacesOf(supergraphSdl);

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, config.watchSupergraph, (sdl) => {
      plans.update(sdl);
      subscriptions.update();
      interfaces = interfacesOf(sdl);
      log.info('supergraph reloaded');
    }),
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name as keyof typeof config.subgraphUrls] ?? url!;
      httpUrls[name] = target;
      // A reloaded supergraph builds its data sources again: the old pool closes once its requests are answered.
      void dataSources[name]?.close();
      return (dataSources[name] = new SubgraphDataSource(name, target, config.requestTimeoutMs, () => interfaces));
    },
  });

  const app = express();
  app.disable('x-powered-by');
  // Answers to POST are never revalidated: hashing every body for an ETag was CPU for nothing.
  app.disable('etag');
  app.use(traceHttp());
  app.use(originFormOnly);
  app.use(corsFor(config.corsOrigins));
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  httpServer.requestTimeout = config.requestTimeoutMs + 5_000;

  const counter = createWindowCounter(config.redisUrl, 'simveb:budget:');
  const budget = new RateBudget(counter, config.pointsPerHour, config.anonymousPointsPerHour);
  const limits = staticLimits(config.limits);
  const persisted = new PersistedOperations(config.persistedOperationsPath);
  const live = startSubscriptionServer({
    httpServer,
    config,
    auth,
    trust,
    budget,
    validationRules: limits.validationRules,
    subscriptions,
    httpUrls,
    persisted,
  });

  // One sampled request log for both HTTP paths: what kind of caller, never who.
  const requestLogging: RequestLogging<RouterContext> = { log, sample: config.logRequestSample, callerKind: (c) => c.identity.split(':', 1)[0] ?? 'unknown' };
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: formatRouterError,
    validationRules: limits.validationRules,
    parseOptions: parseOptions(config.limits),
    plugins: [
      graphqlMetricsPlugin<RouterContext>(requestLogging),
      ...limits.plugins,
      costAndBudget(config.limits, budget),
      legacyJsonStatus(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            // Subscribers are told to go elsewhere (1001) while HTTP requests drain: Apollo runs drain hooks side by side.
            async drainServer() {
              await live.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  healthRoutes(app, () => httpUrls);
  metricsRoute(app, config.metricsToken);
  if (config.debugEndpoints) {
    // Open downstream subscriptions, shared groups and upstream operations: tests and the bench assert sharing with it.
    app.get('/debug/subscriptions', (_req, res) => {
      const subgraphFetches = Object.fromEntries(Object.entries(dataSources).map(([name, ds]) => [name, ds.fetches]));
      res.json({ ...live.stats(), subgraphFetches });
    });
    app.post('/debug/gc', (_req, res) => {
      res.json(runGc());
    });
  }
  app.use(documentsProxy({ auth, address: (req) => addressBudgetKey(clientAddress(req, trust)), subgraphUrl: (owner) => httpUrls[owner], timeoutMs: config.requestTimeoutMs }));
  const contextOf = (req: Request, res: express.Response): RouterContext => ({
    forward: forwardedHeaders((n) => req.header(n) ?? undefined, res.locals.auth as Authenticated),
    identity: identityOf((res.locals.auth as Authenticated).actor, clientAddress(req, trust)),
  });
  app.use(
    '/graphql',
    authenticate(auth, trust),
    express.json({ limit: '1mb' }),
    persistedOperations(persisted, config.safelist),
    ...(config.leanPath
      ? [
          leanGraphql({
            plans,
            dataSources: () => dataSources,
            limits: config.limits,
            validationRules: limits.validationRules,
            introspection: !config.production,
            budget,
            context: contextOf,
            logging: requestLogging,
          }),
        ]
      : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: express.Response }) => ({ ...contextOf(req, res), budgetSpent: res.locals[SPENT] as Budget | undefined }),
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
    // What answered requests needs (subgraph pools, Redis) closes only after the last in-flight request was answered.
    close: () =>
      (closing ??= (async () => {
        await apollo.stop();
        await Promise.all(Object.values(dataSources).map((ds) => ds.close()));
        await counter.close();
        await keyFailures.close();
      })()),
  };
}
