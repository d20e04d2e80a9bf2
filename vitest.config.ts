import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * CI runs the suite twice: on PostgreSQL and Redis, then on the embedded
 * defaults `npm start` uses. The second pass leaves out the files whose
 * outcome does not depend on the database engine or the bus (they start
 * their own processes with their own settings, or test the router's guards
 * and pure functions), which the first pass has walked already.
 */
const ENGINE_INDEPENDENT = [
  'test/e2e/attacks-identity.test.ts', // sign-up, lockouts and code caps: the same SQL and the same guards on either engine
  'test/e2e/attacks-router.test.ts',
  'test/e2e/attacks-websocket.test.ts',
  'test/e2e/secrets.test.ts', // processes that must refuse to start, with settings of their own
  'test/e2e/graceful-shutdown.test.ts',
  'test/e2e/http-conventions.test.ts',
  'test/e2e/graphql-http-audit.test.ts',
  'test/e2e/client-libraries.test.ts',
  'test/e2e/partner-kit.test.ts',
  'test/e2e/access.test.ts', // who may call what: the resolvers' guards, before any statement
  'test/e2e/protection.test.ts', // the router's depth, cost, size and safelist guards
  'test/e2e/request-merging.test.ts', // the router merging in-flight reads
  'test/e2e/lean-path.test.ts', // the router's two request paths compared with each other over the same subgraphs
  'test/e2e/metrics.test.ts', // counters and histograms of the processes
  'test/e2e/tracing.test.ts',
  'router/src/**/*.test.ts',
  'clients/**/*.test.ts',
  'subgraphs/**/*.test.ts',
  'platform/src/bus/*.test.ts',
  'platform/src/contracts/*.test.ts',
  'platform/src/documents/*.test.ts',
  'platform/src/metrics/*.test.ts',
  'platform/src/server/*.test.ts',
];
const embeddedInCi = process.env.TEST_DATABASE === 'embedded' && process.env.CI === 'true';

export default defineConfig({
  // One graphql for everything a test loads: Vite would pick graphql's ESM build for our code while Apollo Server,
  // loaded by Node, gets the CommonJS one, and a schema from one is refused by the other (platform/src/server tests).
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '.data/**', ...(embeddedInCi ? ENGINE_INDEPENDENT : [])],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    pool: 'forks',
    // On the embedded databases files run one after another: PGlite serves one connection at a time, and a file that
    // writes its bulk fixtures over a direct connection (500 vehicles) would hold up the graph another file is using.
    maxWorkers: process.env.TEST_DATABASE === 'embedded' ? 1 : 2,
  },
});
