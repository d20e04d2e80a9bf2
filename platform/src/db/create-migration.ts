/**
 * Developer tool: `npm run migration:create -- <subgraph>` diffs the subgraph's
 * entities against a scratch database holding its existing migrations and
 * writes the next migration file. Register it in migrations/index.ts.
 */
import 'reflect-metadata';
import path from 'node:path';
import pg from 'pg';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

const name = process.argv[2];
if (!name) throw new Error('usage: create-migration <subgraph>');
const root = path.resolve(import.meta.dirname, '../../../subgraphs', name, 'src');
const { entities } = await import(path.join(root, 'entities.ts'));
const { migrations } = await import(path.join(root, 'migrations/index.ts'));

const admin = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = `simveb_scratch_${name}_${process.pid}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`create database ${scratch}`);
try {
  const url = new URL(admin);
  url.pathname = `/${scratch}`;
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: url.toString(),
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true },
    metadataCache: { enabled: false },
    migrations: { migrationsList: migrations, path: path.join(root, 'migrations'), pathTs: path.join(root, 'migrations'), snapshot: false, emit: 'ts' },
  });
  await orm.getMigrator().up();
  const created = await orm.getMigrator().createMigration(path.join(root, 'migrations'), false, false);
  console.log(created.fileName ? `wrote ${created.fileName}` : 'no changes');
  await orm.close();
} finally {
  await client.query(`drop database if exists ${scratch} with (force)`);
  await client.end();
}
