import type { BaseContext } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { createOrm, migrateAtStart, type OrmOptions } from '../db/orm';
import { createLogger, type Logger } from '../logger';
import { startTracing } from '../telemetry/start';
import { refuseSeedInProduction } from './seed-guard';
import { loadSubgraphConfig, type SubgraphConfig, type SubgraphName } from './subgraph-config';
import { exitOnSignal, startSubgraphServer, type SubgraphServerOptions } from './subgraph-server';

/** What a subgraph is handed once its database is current: it wires its services, feeds and routes from these. */
export interface SubgraphBoot<Settings> {
  config: SubgraphConfig;
  /** What `settings` read from the environment, before anything started. */
  settings: Settings;
  orm: MikroORM;
  log: Logger;
}

/** The server options a subgraph decides; the rest (ports, metrics, production, schema) come from its configuration. */
export type SubgraphParts<C extends BaseContext> = Pick<SubgraphServerOptions<C>, 'context' | 'wsContext' | 'afterEvent' | 'verifier' | 'routes' | 'onShutdown' | 'internalToken'>;

export interface SubgraphDefinition<C extends BaseContext, Seeded, Settings> {
  name: SubgraphName;
  /** The subgraph's own variables (outside services, secrets), read and refused before anything starts. */
  settings?: (config: SubgraphConfig) => Settings;
  entities: OrmOptions['entities'];
  migrations: OrmOptions['migrations'];
  /** Connections per process when DB_POOL_MAX is unset (default 10). */
  poolMax?: number;
  schema: () => Promise<GraphQLSchema>;
  /** Reference data written at every start (idempotent): catalogues, tariffs, centres. */
  seed?: (em: EntityManager) => Promise<Seeded>;
  /** Demo people and their records (SEED_DEMO=true; refused in production). Each call of `fork` is a fresh EntityManager. */
  seedDemo?: (fork: () => EntityManager, seeded: Seeded) => Promise<void>;
  /** Services, event feeds, jobs, extra routes and the resolver context, once the database is current. */
  assemble: (boot: SubgraphBoot<Settings>) => Promise<SubgraphParts<C>>;
}

/**
 * Runs one subgraph process, the same sequence for all four: configuration
 * (refused before anything starts when invalid), tracing, logger, database
 * and migrations (MIGRATE_ONLY exits there), seeds, the subgraph's own
 * wiring, the HTTP/WebSocket server, and a graceful stop on SIGTERM.
 */
export async function runSubgraph<C extends BaseContext, Seeded = void, Settings = void>(def: SubgraphDefinition<C, Seeded, Settings>): Promise<void> {
  const config = loadSubgraphConfig(def.name);
  const settings = def.settings?.(config) as Settings;
  startTracing(def.name);
  const log = createLogger(def.name);
  const orm = await createOrm({
    name: config.name,
    url: config.databaseUrl,
    entities: def.entities,
    migrations: def.migrations,
    debugEndpoints: config.debugEndpoints,
    ...config.db,
    poolMax: config.db.poolMax ?? def.poolMax,
  });
  await migrateAtStart(orm, config, log);
  const seeded = (await def.seed?.(orm.em.fork())) as Seeded;
  if (config.seedDemo && def.seedDemo) {
    refuseSeedInProduction(config);
    await def.seedDemo(() => orm.em.fork(), seeded);
  }
  const parts = await def.assemble({ config, settings, orm, log });
  const server = await startSubgraphServer<C>({
    name: def.name,
    port: config.port,
    host: config.host,
    schema: await def.schema(),
    orm,
    log,
    production: config.production,
    metricsToken: config.metricsToken,
    metricsEnabled: config.metricsEnabled,
    debugEndpoints: config.debugEndpoints,
    ...parts,
  });
  exitOnSignal(server.close, log);
}
