import http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ANONYMOUS, type Actor } from '../auth/actor';
import type { TokenVerifier } from '../auth/verify-token';
import { DomainError, formatError } from '../errors';
import type { Logger } from '../logger';
import { runTraced, statementsFor } from '../db/sql-stats';
import { listen } from './listen';

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
  /** Fresh per HTTP request: a forked EntityManager and new DataLoaders. */
  context: (actor: Actor, req: Request) => Promise<C>;
  /** Per graphql-ws operation (subscriptions only). */
  wsContext?: (actor: Actor) => Promise<C>;
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
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;

  let wsCleanup: { dispose(): Promise<void> | void } | undefined;
  let activeSubscriptions = 0;
  if (opts.wsContext && opts.schema.getSubscriptionType()) {
    const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
    const wsContext = opts.wsContext;
    const actors = new WeakMap<object, Actor>();
    wsCleanup = useServer(
      {
        schema: opts.schema,
        // A bad token closes the socket with 4403 at connection_init.
        onConnect: async (ctx) => {
          try {
            const auth = (ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization) as string | undefined;
            actors.set(ctx, opts.verifier ? await opts.verifier(auth) : ANONYMOUS);
            return true;
          } catch {
            return false;
          }
        },
        context: (ctx) => wsContext(actors.get(ctx) ?? ANONYMOUS),
        // This socket serves the router's subscriptions only: queries and mutations go through HTTP and its checks.
        execute: () => ({ errors: [new GraphQLError('This endpoint serves subscriptions only.', { extensions: { code: 'BAD_USER_INPUT' } })] }),
        onSubscribe: () => {
          activeSubscriptions += 1;
        },
        onComplete: () => {
          activeSubscriptions -= 1;
        },
      },
      wss,
    );
  }

  const apollo = new ApolloServer<C>({
    schema: opts.schema,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup?.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

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
      res.json({ active: activeSubscriptions });
    });
  }
  opts.routes?.(app);
  app.use(
    '/graphql',
    (req, _res, next) => runTraced(req.header('x-sql-trace') ?? undefined, next),
    async (req, res, next) => {
      try {
        res.locals.actor = opts.verifier ? await opts.verifier(req.header('authorization')) : ANONYMOUS;
        next();
      } catch (err) {
        if (!(err instanceof DomainError)) return next(err);
        res.status(401).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
      }
    },
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => opts.context(res.locals.actor as Actor, req) }),
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
      .then(() => process.exit(0))
      .catch((err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => handler('SIGINT'));
  process.on('SIGTERM', () => handler('SIGTERM'));
}
