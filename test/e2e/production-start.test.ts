import { createDatabases } from '@simveb/dev/launcher/run-databases';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@simveb/dev/launcher/graph';
import { graph } from '../support/graph';

/**
 * The container image's commands, run here as the image runs them: the
 * production build when this run uses it (CI's PostgreSQL pass), else the
 * sources. Its migration Job (MIGRATE_ONLY), its HEALTHCHECK script.
 */
const dist = process.env.SIMVEB_RUN_FROM === 'dist';
const command = (name: string) =>
  dist ? [path.join(REPO_ROOT, `dist/${name}/main.js`)] : ['--import', 'tsx', path.join(REPO_ROOT, name === 'router' ? 'router/src/main.ts' : `subgraphs/${name}/src/main.ts`)];

function run(args: string[], env: Record<string, string>, timeout = 60_000) {
  const r = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH!, ...env }, encoding: 'utf8', timeout, cwd: REPO_ROOT });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!graph().realPostgres)('the image’s commands', () => {
  it('MIGRATE_ONLY=true migrates an empty database and exits 0; run again, it has nothing to do', async () => {
    const databases = await createDatabases('postgres://postgres@127.0.0.1:5432/postgres', `simveb_migrate_${Date.now().toString(36)}`, ['vehicle']);
    try {
      const env = {
        NODE_ENV: 'production',
        VEHICLE_DATABASE_URL: databases.urls.vehicle!,
        INTERNAL_TOKEN: 'a-real-internal-token-for-this-test',
        MIGRATE_ONLY: 'true',
        CUSTOMS_URL: 'http://127.0.0.1:1',
        IDENTITY_JWKS_URL: 'http://127.0.0.1:1/jwks',
      };
      const first = run(command('vehicle'), env);
      expect(first.code, first.out).toBe(0);
      expect(first.out).toMatch(/migrations applied/);
      const tables = new pg.Client({ connectionString: env.VEHICLE_DATABASE_URL });
      await tables.connect();
      expect(Number((await tables.query("select count(*) from information_schema.tables where table_name = 'vehicle'")).rows[0].count)).toBe(1);
      await tables.end();
      const again = run(command('vehicle'), env);
      expect(again.code, again.out).toBe(0);
      expect(again.out).not.toMatch(/migrations applied/);
    } finally {
      await databases.drop();
    }
  }, 120_000);

  it('NODE_ENV=production refuses the development defaults: the router without INTERNAL_TOKEN does not start', () => {
    const r = run(command('router'), { NODE_ENV: 'production', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(r.code).toBe(78);
    expect(r.out).toMatch(/INTERNAL_TOKEN/);
  });

  it('the HEALTHCHECK script says healthy when the container’s process answers /health, unhealthy when nothing does', () => {
    const healthcheck = path.join(REPO_ROOT, 'deploy/healthcheck.mjs');
    const port = new URL(graph().subgraphUrls.vehicle).port;
    const closed = { ROUTER_PORT: '1', IDENTITY_PORT: '1', VEHICLE_PORT: '1', REGISTRATION_PORT: '1', BILLING_PORT: '1' };
    expect(run([healthcheck], { ...closed, VEHICLE_PORT: port }).code).toBe(0);
    expect(run([healthcheck], closed).code).toBe(1);
  });
});
