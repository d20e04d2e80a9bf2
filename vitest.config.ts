import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '.data/**'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    pool: 'forks',
    // On the embedded databases (one transaction at a time each) files run one after another, so timing tests stay fair.
    maxWorkers: process.env.TEST_DATABASE === 'embedded' ? 1 : 2,
  },
});
