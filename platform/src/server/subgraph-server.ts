import http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ANONYMOUS, type Actor } from '../auth/actor';
import { narrowActor, SHARED_CONTEXT_HEADER } from '../auth/authorization-context';
import { DocumentCache } from '../graphql/document-cache';
import type { TokenVerifier } from '../auth/verify-token';
import { DomainError, formatError } from '../errors';
import type { Logger } from '../logger';
import { runTraced, statementsFor } from '../db/sql-stats';
import { listen } from './listen';
import { runGc } from './debug-gc';
import { serveSubscriptions, type SubscriptionSockets } from './subscription-socket';
import { metricsRoute, startMetrics } from '../metrics/registry';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics';
import { watchDbPool } from '../metrics/db-pool';
import { traceHttp } from '../telemetry/http-span';
import { flushTracing } from '../telemetry/start';
import { graphqlOverHttp } from './graphql-over-http';
import { markReadOnly } from '../graphql/loader';

export interface SubgraphServerOptions<C extends BaseContext> {
  name: string;
  port: number;
  host?: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  log: Logger;
  production: boolean;
  debugEndpoints?: boolean;
  /**
   * Verifies the caller's token (forwarded by the router; never trusted
   * unverified). Without one, every caller is anonymous.
   */
  verifier?: TokenVerifier;
  /**
   * Fresh per HTTP request: a forked EntityManager and new DataLoaders.
   * `actor` is what access rules may read; `caller` the full verified actor
   * (they differ in shared executions, see auth/authorization-context.ts).
   */
  context: (actor: Actor, req: Request, caller: Actor) => Promise<C>;
  /** Per graphql-ws operation (subscriptions only, always shared: the router multiplexes its subscribers). */
  wsContext?: (actor: Actor, caller: Actor) => Promise<C>;
  /** After each event a subscription's result is sent for: its context may drop what it read (it lives as long as the subscription). */
  afterEvent?: (context: C) => void;
  /** Bearer token of GET /metrics (Prometheus' scrape credential). */
  metricsToken: string;
  /** Off: no request timers, no /metrics (METRICS_ENABLED=false). */
  metricsEnabled?: boolean;
  /** The router presents it when it opens its one subscription socket; other sockets are refused. */
  internalToken?: string;
  /** Extra HTTP routes (uploads, webhooks, event feeds). */
  routes?: (app: Express) => void;
  /** Closed after the servers stopped accepting work, before the ORM. */
  onShutdown?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startSubgraphServer<C extends BaseContext>(opts: SubgraphServerOptions<C>): Promise<RunningServer> {
  startMetrics(opts.name, opts.metricsEnabled ?? true);
  watchDbPool(opts.orm);
  const app = express();
  app.disable('x-powered-by');
  app.use(traceHttp());
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;

  let sockets: SubscriptionSockets | undefined;
  if (opts.wsContext && opts.schema.getSubscriptionType()) {
    const wsContext = opts.wsContext;
    const verify = opts.verifier;
    const unauthenticated = (message: string) => [new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } })];
    const documents = new DocumentCache();
    sockets = serveSubscriptions<C>(new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 256 * 1024 }), {
      schema: opts.schema,
      // Only the router opens these sockets (it presents the internal token); anyone else is closed with 4403.
      admit: (params) => !opts.internalToken || params?.internalToken === opts.internalToken,
      // The router multiplexes every subscriber on one socket: each operation carries its caller's credential, verified here.
      start: async (payload) => {
        const authorization = (payload.extensions as { authorization?: unknown } | undefined)?.authorization;
        if (typeof authorization !== 'string' || !authorization) return unauthenticated('Every subscription carries its caller’s credential in extensions.authorization.');
        let caller: Actor;
        try {
          caller = verify ? await verify(authorization) : ANONYMOUS;
        } catch (err) {
          return unauthenticated(err instanceof Error ? err.message : 'This token is not valid here.');
        }
        if (caller.kind === 'anonymous') return unauthenticated('Sign in to subscribe.');
        // One parsed document per distinct text, shared by every operation that sends it.
        const checked = documents.check(opts.schema, payload.query);
        if ('parseError' in checked) return [new GraphQLError(checked.parseError instanceof Error ? checked.parseError.message : 'Syntax error.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        if ('invalid' in checked) return checked.invalid;
        return { document: checked.document, contextValue: await wsContext(narrowActor(caller), caller) };
      },
      afterEvent: opts.afterEvent,
    });
  }

  const apollo = new ApolloServer<C>({
    schema: opts.schema,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      graphqlMetricsPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // No HTTP caching between router and subgraphs: the default plugin's per-field hook is pure cost (profile, docs/performance.md).
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await sockets?.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  metricsRoute(app, opts.metricsToken);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: opts.name });
  });
  // Ready means the database answers now: a pool stuck behind a hung statement shows here within 2 s.
  app.get('/ready', async (_req, res) => {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database did not answer within 2 s')), 2_000).unref());
    try {
      await Promise.race([opts.orm.em.getConnection().execute('select 1'), timeout]);
      res.json({ status: 'ready', service: opts.name });
    } catch (err) {
      res.status(503).json({ status: 'database unavailable', service: opts.name, reason: err instanceof Error ? err.message : String(err) });
    }
  });
  if (opts.debugEndpoints) {
    app.get('/debug/sql', (req, res) => {
      res.json(statementsFor(String(req.query.trace ?? '')));
    });
    // Lets tests wait until a subscription made through the router is live here.
    app.get('/debug/subscriptions', (_req, res) => {
      res.json({ active: sockets?.operations ?? 0, sockets: sockets?.sockets ?? 0 });
    });
    app.post('/debug/gc', (_req, res) => {
      res.json(runGc());
    });
  }
  opts.routes?.(app);
  // The caller as the middleware below verified it.
  const contextOf = (req: Request, res: express.Response) => opts.context(res.locals.actor as Actor, req, res.locals.caller as Actor);
  app.use(
    '/graphql',
    (req, _res, next) => runTraced(req.header('x-sql-trace') ?? undefined, next),
    async (req, res, next) => {
      try {
        res.locals.caller = opts.verifier ? await opts.verifier(req.header('authorization')) : ANONYMOUS;
        // One execution for several callers of the same authorization context: rules see only that context.
        res.locals.actor = req.header(SHARED_CONTEXT_HEADER) ? narrowActor(res.locals.caller as Actor) : res.locals.caller;
        next();
      } catch (err) {
        if (!(err instanceof DomainError)) return next(err);
        res.status(401).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
      }
    },
    graphqlOverHttp({
      schema: opts.schema,
      introspection: !opts.production,
      context: async (req, res, operation) => {
        const context = await contextOf(req, res);
        // A query writes nothing back: its loaders may hand out read models instead of managed entities.
        const em = (context as { em?: EntityManager }).em;
        if (operation === 'query' && em) markReadOnly(em);
        return context;
      },
    }),
    // What the lean path leaves (GET, other content types): Apollo Server, as before.
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextOf(req, res) }),
  );

  const port = await listen(httpServer, opts.port, opts.host ?? '127.0.0.1');
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}/graphql`;
  opts.log.info({ url }, `${opts.name} subgraph ready`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await apollo.stop();
      await opts.onShutdown?.();
      await opts.orm.close();
    })());
  return { url, port, close };
}

/** SIGINT/SIGTERM: drain, close, exit. A second signal exits at once. Crashes are logged before the process dies. */
export function exitOnSignal(close: () => Promise<void>, log: Logger): void {
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception: exiting');
    process.exit(70);
  });
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    close()
      .then(flushTracing)
      .then(() => process.exit(0))
      .catch((err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => handler('SIGINT'));
  process.on('SIGTERM', () => handler('SIGTERM'));
}
