/**
 * `npm start`: the whole graph on one machine. Anything not configured runs
 * embedded (PGlite databases under .data/, in-process event bus), seeded with
 * the demo data of docs/api.md. Ctrl-C stops every process.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEMO } from '@simveb/platform/demo';
import { REPO_ROOT, startGraph, SUBGRAPHS } from './graph';
import { buildAppsIfNeeded, serveApps } from '../../../../clients/apps/serve';

if (existsSync(path.join(REPO_ROOT, '.env'))) process.loadEnvFile(path.join(REPO_ROOT, '.env'));

const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', ...process.env };
const anyEmbedded = ['IDENTITY', 'VEHICLE', 'REGISTRATION', 'BILLING'].some((p) => !env[`${p}_DATABASE_URL`]);
if (env.SEED_DEMO === undefined && anyEmbedded) env.SEED_DEMO = env.NODE_ENV === 'production' ? 'false' : 'true';
const dataDir = path.resolve(REPO_ROOT, env.DATA_DIR ?? '.data');
// The payment pages send the payer back to the portal served below.
if (env.NODE_ENV !== 'production') env.PAYMENT_CALLBACK_URL ??= `http://127.0.0.1:${env.APPS_PORT ?? 5173}/portal/?payment=return`;

console.log('Starting SIMVEB Graph…');
const graph = await startGraph({ env, dataDir, ports: 'default', echo: env.LOG_STARTUP === 'true' }).catch((err) => {
  console.error(String(err instanceof Error ? err.message : err));
  process.exit(1);
});

// The web apps (backoffice, portal) on the port the router's development CORS origins allow.
buildAppsIfNeeded();
const apps = await serveApps({ port: Number(env.APPS_PORT ?? 5173), graphUrl: graph.routerUrl }).catch((err) => {
  console.error(`The web apps could not start: ${String(err instanceof Error ? err.message : err)} (set APPS_PORT)`);
  return null;
});

const line = (k: string, v: string) => console.log(`  ${k.padEnd(14)} ${v}`);
console.log('\nSIMVEB Graph is running.\n');
if (apps) {
  line('backoffice', `${apps.url}/backoffice/  (ANaTT staff: agent@ / manager@demo.simveb.bj)`);
  line('portal', `${apps.url}/portal/  (citizens: citizen@demo.simveb.bj; affiliates: bank@, dealer@, printer@; public document check: ${apps.url}/portal/#/verify/)`);
}
line('router', graph.routerUrl);
for (const name of SUBGRAPHS) line(name, graph.subgraphUrls[name]);
for (const sim of [...graph.simulators].sort((a, b) => a.port - b.port)) line(sim.name, `${sim.url}  (local simulator)`);
line('databases', graph.embedded.length ? `embedded PGlite under ${dataDir} (${graph.embedded.join(', ')})` : 'configured');
line('event bus', env.REDIS_URL ? `Redis ${env.REDIS_URL}` : 'in-process (set REDIS_URL to run several replicas)');
if (env.SEED_DEMO === 'true') {
  console.log(`\nDemo accounts (password / SMS code from ${graph.simulators.find((s) => s.name === 'messaging')?.url ?? 'the SMS sink'}/messages?to=…):`);
  console.log('  citizen@demo.simveb.bj / Demo-Citizen-2026     agent@demo.simveb.bj / Demo-Agent-2026 (+ code)');
  console.log('  manager@demo.simveb.bj / Demo-Manager-2026 (+ code)   printer@demo.simveb.bj / Demo-Printer-2026');
  console.log('  bank@demo.simveb.bj / Demo-Bank-2026         dealer@demo.simveb.bj / Demo-Dealer-2026');
  console.log(`  partner API key (insurer, read-only): ${DEMO.partnerKey.key}`);
  console.log(
    `\nTry (vehicle, registration and identity in one query):\n  curl -s ${graph.routerUrl} -H 'content-type: application/json' -H 'authorization: Bearer ${DEMO.partnerKey.key}' \\\n    -d '{"query":"{ vehicles(first: 5) { edges { node { vin plate { number } holder { displayName } } } } }"}'\n`,
  );
}
console.log('Ctrl-C stops everything.');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await apps?.close();
  await graph.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
for (const c of graph.children) {
  c.proc.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${c.name} stopped unexpectedly (${signal ?? code}); last output:\n${c.tail.slice(-15).join('\n')}`);
    void shutdown();
  });
}
