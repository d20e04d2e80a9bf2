import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import type { Constructor } from '@mikro-orm/core';
import pg from 'pg';
import { recordStatement } from './sql-stats';
import { ScopedEntityManager, guardPool } from './transaction-scope';
import { traceSql } from '../telemetry/sql-spans';

export { MikroORM };
export type { EntityManager } from '@mikro-orm/postgresql';

export interface OrmOptions {
  /** The process (subgraph) name: connections say `simveb-<name>-<pid>` in pg_stat_activity. */
  name?: string;
  url: string;
  entities: Options['entities'];
  migrations: { name: string; class: Constructor<Migration> }[];
  debugEndpoints?: boolean;
  poolMax?: number;
  /** A statement running longer fails (server-side statement_timeout, and client-side a little later). */
  statementTimeoutMs?: number;
  /** Waiting longer for a pooled connection fails with a clear error instead of hanging. */
  acquireTimeoutMs?: number;
}

export async function createOrm(opts: OrmOptions): Promise<MikroORM> {
  const statementTimeout = opts.statementTimeoutMs ?? 30_000;
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: opts.url,
    entities: opts.entities,
    extensions: [Migrator],
    // Migrations are imported explicitly so the same code runs under tsx, vitest and tsc.
    migrations: { migrationsList: opts.migrations, transactional: true, snapshot: false, disableForeignKeys: false, silent: true },
    discovery: { disableDynamicFileAccess: true, warnWhenNoEntities: false },
    metadataCache: { enabled: false },
    pool: { min: 0, max: opts.poolMax ?? 10 },
    entityManager: ScopedEntityManager,
    driverOptions: {
      acquireConnectionTimeout: opts.acquireTimeoutMs ?? 10_000,
      connection: { statement_timeout: statementTimeout, query_timeout: statementTimeout + 2_000, application_name: `simveb-${opts.name ?? 'process'}-${process.pid}` },
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
  });
  guardPool(orm);
  traceSql(orm, new URL(opts.url).pathname.slice(1));
  if (opts.debugEndpoints) {
    orm.em
      .getConnection()
      .getKnex()
      .on('query', (q: { sql: string }) => recordStatement(q.sql));
  }
  return orm;
}

/** Runs pending migrations under an advisory lock, so replicas starting together do not race. */
export async function migrate(orm: MikroORM, url: string, lockName: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [lockName]);
    const done = await orm.getMigrator().up();
    return done.map((m) => m.name);
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [lockName]).catch(() => undefined);
    await client.end();
  }
}

/**
 * Start-up migrations: pending ones run (locked, see migrate). With
 * MIGRATE_ONLY the process stops there, exit code 0 once its schema is
 * current: the migration Job of a deployment.
 */
export async function migrateAtStart(orm: MikroORM, config: { databaseUrl: string; name: string; migrateOnly: boolean }, log: { info: (o: object, m: string) => void }): Promise<void> {
  const done = await migrate(orm, config.databaseUrl, config.name);
  if (done.length) log.info({ migrations: done }, 'migrations applied');
  if (!config.migrateOnly) return;
  log.info({ applied: done.length }, 'MIGRATE_ONLY: schema is current, exiting');
  await orm.close();
  process.exit(0);
}

/** True when a unique constraint was violated (PostgreSQL 23505). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === '23505';
}
