/**
 * Starts the graph once per test run: fresh PostgreSQL databases (real
 * server when it answers, always in CI), Redis when it answers, the four
 * subgraphs and the router on free ports. Test files share it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startGraph, SUBGRAPHS, type RunningGraph } from '@simveb/dev/launcher/graph';
import { freePort } from '@simveb/dev/launcher/processes';
import { postgresAnswers, redisAnswers } from '@simveb/dev/launcher/services-answer';
import { createDatabases, databaseEnv } from '@simveb/dev/launcher/run-databases';
import type { GraphInfo } from './support/graph-info';
import { DEMO_USERS, loginDemoUser } from './support/sessions';
import { runSecrets } from './support/run-secrets';
import { startOtlpReceiver } from './support/otlp-receiver';

const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CI = process.env.CI === 'true';
/** `TEST_DATABASE=embedded`: the same suite on PGlite, the databases `npm start` uses. */
const EMBEDDED = process.env.TEST_DATABASE === 'embedded';

function loud(message: string): void {
  process.stderr.write(`\n${'!'.repeat(78)}\n!! ${message}\n${'!'.repeat(78)}\n\n`);
}

export default async function setup(project: TestProject) {
  // `UNIT_ONLY=1 npx vitest run <unit files>`: no graph, for the pure tests while iterating.
  if (process.env.UNIT_ONLY === '1') return;
  const [pgAnswers, redisUp] = await Promise.all([postgresAnswers(ADMIN_URL), redisAnswers(REDIS_URL)]);
  const hasPg = pgAnswers && !EMBEDDED;
  // The embedded pass runs the graph as `npm start` does: PGlite and no Redis (in-process bus, budgets in memory).
  const hasRedis = redisUp && !EMBEDDED;
  if (CI && !EMBEDDED && (!pgAnswers || !redisUp)) throw new Error(`CI needs PostgreSQL (${ADMIN_URL}) and Redis (${REDIS_URL}); .ci/run starts them.`);
  if (EMBEDDED) process.stderr.write('TEST_DATABASE=embedded: the suite runs on embedded PGlite databases and the in-process bus, as `npm start` does.\n');
  else if (!hasPg) loud(`PostgreSQL does not answer at ${ADMIN_URL}: FALLING BACK to embedded PGlite databases.`);
  if (!hasRedis && !EMBEDDED) loud(`Redis does not answer at ${REDIS_URL}: FALLING BACK to the in-process bus; multi-instance tests are skipped.`);

  // Every process exports traces here; only the traces tests start (a sampled traceparent) are recorded.
  const otlp = await startOtlpReceiver();
  // The web apps' origin in the browser tests (served by test/e2e/browser.test.ts), beside the development defaults.
  const appsPort = await freePort();
  const run = `simveb_t${Date.now().toString(36)}${process.pid}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    SEED_DEMO: 'true',
    DEBUG_ENDPOINTS: 'true',
    // Test files load the machine together (two at a time, 1,000-request bursts): a longer subgraph timeout.
    REQUEST_TIMEOUT_MS: '30000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    REDIS_URL: hasRedis ? REDIS_URL : '',
    // The suite's bursts come from a handful of identities; budgets are tested on a router of their own.
    RATE_LIMIT_POINTS_PER_HOUR: '1000000000',
    RATE_LIMIT_ANONYMOUS_POINTS_PER_HOUR: '1000000000',
    // The suite's few demo people upload far more than anyone would in a day; the quota's own test reads this value.
    UPLOAD_MAX_PENDING: '400',
    // The hourly and per-minute housekeeping of registration, every two seconds here so its tests do not wait.
    PRESTIGE_HOLD_CHECK_SECONDS: '2',
    UPLOAD_CLEANUP_CHECK_SECONDS: '2',
    APPS_PORT: String(appsPort),
    PAYMENT_CALLBACK_URL: `http://127.0.0.1:${appsPort}/portal/?payment=return`,
    CORS_ORIGINS: ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4000', 'http://127.0.0.1:4000', `http://127.0.0.1:${appsPort}`].join(','),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${otlp.url}/v1/traces`,
    OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
    OTEL_TRACES_SAMPLER_ARG: '0',
    OTEL_BSP_SCHEDULE_DELAY: '200',
    // Real databases and Redis refuse the published development secrets: this run has its own.
    ...runSecrets(),
  };
  const databases = hasPg ? await createDatabases(ADMIN_URL, run, SUBGRAPHS) : null;
  if (databases) Object.assign(env, databaseEnv(databases.urls));
  else {
    for (const name of SUBGRAPHS) delete env[`${name.toUpperCase()}_DATABASE_URL`];
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simveb-test-'));
  let graph: RunningGraph | undefined;
  try {
    graph = await startGraph({ env, dataDir, ports: 'free', echo: process.env.TEST_ECHO === 'true' });
  } catch (err) {
    await otlp.close();
    await databases?.drop();
    throw err;
  }
  // A process of the graph that dies mid-run says so, with its last lines: otherwise tests only see timeouts.
  // (No test stops one on purpose: a test takes down processes of its own, test/support/outside-service.ts.)
  let stopping = false;
  for (const child of graph.children) {
    child.proc.once('exit', (code, signal) => {
      if (!stopping) process.stderr.write(`\n!! ${child.name} exited (${signal ?? code}) during the tests; last output:\n${child.tail.join('\n')}\n`);
    });
  }
  const info: GraphInfo = {
    routerUrl: graph.routerUrl,
    subgraphUrls: graph.subgraphUrls,
    databaseUrls: graph.databaseUrls,
    env: Object.fromEntries(Object.entries(graph.env).filter(([, v]) => v !== undefined)) as Record<string, string>,
    redisUrl: hasRedis ? REDIS_URL : null,
    realPostgres: hasPg,
    simulators: Object.fromEntries(graph.simulators.map((s) => [s.name, s])),
    sessions: {},
  };
  const sink = graph.simulators.find((s) => s.name === 'messaging')!.url;
  for (const who of DEMO_USERS) info.sessions[who] = await loginDemoUser(graph.routerUrl, sink, who);
  project.provide('graph', info);

  return async () => {
    stopping = true;
    await graph?.stop();
    await otlp.close();
    await databases?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
