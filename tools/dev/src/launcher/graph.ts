import { existsSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { DEFAULT_PORTS, type SubgraphName } from '@simveb/platform/server/subgraph-config';
import { freePort, httpOk, spawnTs, stopChild, waitFor, type Child } from './processes';

export const SUBGRAPHS: SubgraphName[] = ['identity', 'vehicle', 'registration', 'billing'];
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');

/** Local stand-ins for outside services, each started unless its URL is configured. */
export const SIMULATORS = [
  { name: 'messaging', module: 'platform/src/messaging/messaging-sink.ts', urlEnv: 'MESSAGING_URL', port: 4010 },
  { name: 'anip', module: 'subgraphs/identity/src/integrations/anip/anip.simulator.ts', urlEnv: 'ANIP_URL', port: 4011 },
  { name: 'dgi', module: 'subgraphs/identity/src/integrations/dgi/dgi.simulator.ts', urlEnv: 'DGI_URL', port: 4012 },
  { name: 'customs', module: 'subgraphs/vehicle/src/integrations/customs/customs.simulator.ts', urlEnv: 'CUSTOMS_URL', port: 4013 },
  { name: 'fedapay', module: 'subgraphs/billing/src/providers/fedapay/fedapay.simulator.ts', urlEnv: 'FEDAPAY_URL', port: 4014 },
  { name: 'kkiapay', module: 'subgraphs/billing/src/providers/kkiapay/kkiapay.simulator.ts', urlEnv: 'KKIAPAY_URL', port: 4015 },
] as const;

export interface RunningSimulator {
  name: string;
  module: string;
  url: string;
  port: number;
  pid: number;
}

export interface GraphOptions {
  /** Environment the processes inherit: *_DATABASE_URL, REDIS_URL, NODE_ENV... */
  env: NodeJS.ProcessEnv;
  /** Where embedded databases keep their files (used for subgraphs without *_DATABASE_URL). */
  dataDir: string;
  /** `default`: <NAME>_PORT or 4000-4004 (npm start); `free`: whatever the OS gives (tests, bench). */
  ports: 'default' | 'free';
  /** Print the processes' output, prefixed by name. */
  echo: boolean;
}

export interface RunningGraph {
  routerUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrls: Record<SubgraphName, string>;
  embedded: SubgraphName[];
  simulators: RunningSimulator[];
  /** Environment every process of this graph was started with (for starting more replicas). */
  env: NodeJS.ProcessEnv;
  children: Child[];
  stop(): Promise<void>;
}

const entry = (rel: string) => path.join(REPO_ROOT, rel);
/** SIMVEB_RUN_FROM=dist: the graph's processes run the production build (`npm run build`) instead of the sources. */
function processEntry(env: NodeJS.ProcessEnv, name: string, source: string): string {
  if (env.SIMVEB_RUN_FROM !== 'dist') return entry(source);
  const built = entry(`dist/${name}/main.js`);
  if (!existsSync(built)) throw new Error(`SIMVEB_RUN_FROM=dist but ${built} does not exist: run \`npm run build\` first.`);
  return built;
}
const envKey = (name: SubgraphName, suffix: string) => `${name.toUpperCase()}_${suffix}`;

async function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function startSimulator(module: string, port: number, env: NodeJS.ProcessEnv, echo: boolean, name: string): Promise<Child> {
  const child = spawnTs(`sim:${name}`, entry('tools/dev/src/launcher/simulator-main.ts'), { ...env, SIMULATOR: module, PORT: String(port) }, echo);
  await waitFor(child, () => httpOk(`http://127.0.0.1:${port}/health`), 30_000);
  return child;
}

export async function startSubgraph(name: SubgraphName, env: NodeJS.ProcessEnv, port: number, echo: boolean, label: string = name): Promise<{ child: Child; url: string }> {
  const child = spawnTs(label, processEntry(env, name, `subgraphs/${name}/src/main.ts`), { ...env, [envKey(name, 'PORT')]: String(port) }, echo);
  await waitFor(child, () => httpOk(`http://127.0.0.1:${port}/ready`), 90_000);
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

export async function startRouterProcess(env: NodeJS.ProcessEnv, port: number, subgraphUrls: Record<SubgraphName, string>, echo: boolean, label = 'router'): Promise<{ child: Child; url: string }> {
  const urls = Object.fromEntries(SUBGRAPHS.map((n) => [envKey(n, 'URL'), subgraphUrls[n]]));
  const child = spawnTs(label, processEntry(env, 'router', 'router/src/main.ts'), { ...env, ...urls, ROUTER_PORT: String(port) }, echo);
  await waitFor(child, () => httpOk(`http://127.0.0.1:${port}/health`), 60_000);
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

/** Starts embedded databases where needed, the four subgraphs, then the router. */
export async function startGraph(opts: GraphOptions): Promise<RunningGraph> {
  const children: Child[] = [];
  const stop = async () => {
    // Router first (stops taking requests), then subgraphs, then databases.
    for (const c of [...children].reverse()) await stopChild(c);
  };
  try {
    const env: NodeJS.ProcessEnv = { ...opts.env };
    // Uploaded documents live with the embedded data (DATA_DIR), not in the repository.
    env.DOCUMENTS_DIR ??= path.join(opts.dataDir, 'documents');
    const embedded = SUBGRAPHS.filter((n) => !env[envKey(n, 'DATABASE_URL')]);
    // Which databases and services are stand-ins: only then may the processes use development secrets.
    env.EMBEDDED_DATABASES = embedded.join(',');
    await Promise.all(
      embedded.map(async (name) => {
        // Internal to this launcher: any free port will do.
        const port = await freePort();
        const child = spawnTs(
          `pglite:${name}`,
          entry('tools/dev/src/launcher/pglite-server.ts'),
          {
            ...env,
            PGLITE_DATA_DIR: path.join(opts.dataDir, name),
            PGLITE_PORT: String(port),
          },
          opts.echo,
        );
        children.push(child);
        await waitFor(child, () => tcpOpen(port), 60_000);
        env[envKey(name, 'DATABASE_URL')] = `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
      }),
    );
    const ports = Object.fromEntries(
      await Promise.all(SUBGRAPHS.map(async (n) => [n, opts.ports === 'default' ? Number(env[envKey(n, 'PORT')] ?? DEFAULT_PORTS[n]) : await freePort()] as const)),
    ) as Record<SubgraphName, number>;
    // Payment simulators post their webhooks to billing, as the providers' dashboards are configured to.
    env.FEDAPAY_WEBHOOK_URL ??= `http://127.0.0.1:${ports.billing}/webhooks/fedapay`;
    env.KKIAPAY_WEBHOOK_URL ??= `http://127.0.0.1:${ports.billing}/webhooks/kkiapay`;
    const simulators: RunningSimulator[] = [];
    await Promise.all(
      SIMULATORS.filter((sim) => !env[sim.urlEnv]).map(async (sim) => {
        const port = opts.ports === 'default' ? Number(env[`${sim.name.toUpperCase()}_PORT`] ?? sim.port) : await freePort();
        const child = await startSimulator(sim.module, port, env, opts.echo, sim.name);
        children.push(child);
        env[sim.urlEnv] = `http://127.0.0.1:${port}`;
        simulators.push({ name: sim.name, module: sim.module, url: env[sim.urlEnv]!, port, pid: child.proc.pid! });
      }),
    );
    env.SIMULATED_SERVICES = simulators.map((s) => s.name).join(',');
    env.IDENTITY_JWKS_URL ??= `http://127.0.0.1:${ports.identity}/.well-known/jwks.json`;
    for (const n of SUBGRAPHS) env[envKey(n, 'URL')] ??= `http://127.0.0.1:${ports[n]}/graphql`;
    const subgraphUrls = {} as Record<SubgraphName, string>;
    await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const started = await startSubgraph(name, env, ports[name], opts.echo);
        children.push(started.child);
        subgraphUrls[name] = started.url;
      }),
    );
    const routerPort = opts.ports === 'default' ? Number(env.ROUTER_PORT ?? DEFAULT_PORTS.router) : await freePort();
    const router = await startRouterProcess(env, routerPort, subgraphUrls, opts.echo);
    children.push(router.child);
    const databaseUrls = Object.fromEntries(SUBGRAPHS.map((n) => [n, env[envKey(n, 'DATABASE_URL')]!])) as Record<SubgraphName, string>;
    return { routerUrl: router.url, subgraphUrls, databaseUrls, embedded, simulators, env, children, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
