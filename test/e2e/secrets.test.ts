import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@simveb/dev/launcher/graph';

/** Starts a process of the graph with only the given environment and returns how it ended. */
function start(entry: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, entry)], { env: { PATH: process.env.PATH!, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stderr: r.stderr };
}

/** Published development secrets are refused as soon as real infrastructure is configured: secrets fail closed. */
describe('secrets fail closed', () => {
  it('a subgraph with a configured database and no INTERNAL_TOKEN refuses to start, naming the variable', () => {
    const r = start('subgraphs/vehicle/src/main.ts', { VEHICLE_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nowhere' });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/INTERNAL_TOKEN: is required because VEHICLE_DATABASE_URL is configured/);
  });

  it('the published development value itself is refused once Redis is configured', () => {
    const r = start('subgraphs/registration/src/main.ts', {
      REGISTRATION_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/embedded',
      EMBEDDED_DATABASES: 'registration',
      REDIS_URL: 'redis://127.0.0.1:6379',
      INTERNAL_TOKEN: 'a-real-internal-token-for-this-test',
      DOCUMENT_SIGNING_SECRET: 'simveb-development-document-secret',
    });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/DOCUMENT_SIGNING_SECRET: is the published development value because REDIS_URL is configured/);
  });

  it('billing refuses the development FedaPay webhook secret against a configured FedaPay', () => {
    const r = start('subgraphs/billing/src/main.ts', {
      BILLING_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/embedded',
      EMBEDDED_DATABASES: 'billing',
      INTERNAL_TOKEN: 'a-real-internal-token-for-this-test',
      DOCUMENT_SIGNING_SECRET: 'a-real-document-secret-for-this-test',
      FEDAPAY_URL: 'https://api.fedapay.com',
      KKIAPAY_URL: 'https://api.kkiapay.me',
    });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/FEDAPAY_SECRET_KEY: is required because FEDAPAY_URL is configured/);
  });

  it('DEBUG_ENDPOINTS is refused in production', () => {
    const r = start('subgraphs/vehicle/src/main.ts', {
      NODE_ENV: 'production',
      VEHICLE_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nowhere',
      INTERNAL_TOKEN: 'a-real-internal-token-for-this-test',
      DEBUG_ENDPOINTS: 'true',
    });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/DEBUG_ENDPOINTS: must not be true in production/);
  });

  it('the router refuses DEBUG_ENDPOINTS in production too (its /debug/subscriptions describes every subscriber group)', () => {
    const r = start('router/src/main.ts', { NODE_ENV: 'production', INTERNAL_TOKEN: 'a-real-internal-token-for-this-test', DEBUG_ENDPOINTS: 'true' });
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/DEBUG_ENDPOINTS: must not be true in production/);
  });
});
