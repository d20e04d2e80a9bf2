import { bool, loadConfig, nodeEnv, optionalUrl, port, z } from '../config';
import { refuseDebugInProduction, secret } from '../secrets';

export type SubgraphName = 'identity' | 'vehicle' | 'registration' | 'billing';

export const DEFAULT_PORTS: Record<SubgraphName | 'router', number> = {
  router: 4000,
  identity: 4001,
  vehicle: 4002,
  registration: 4003,
  billing: 4004,
};

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string | undefined;
  production: boolean;
  seedDemo: boolean;
  debugEndpoints: boolean;
  /** Identity's published signing keys: every subgraph verifies the tokens it receives. */
  jwksUrl: string;
  /** GraphQL URLs of every subgraph (for event feeds and the few cross-subgraph reads). */
  peers: Record<SubgraphName, string>;
  /** Shared secret of the internal endpoints (event feeds). */
  internalToken: string;
  /** Bearer token Prometheus presents at /metrics (default: the internal token). */
  metricsToken: string;
  /** METRICS_ENABLED: false leaves the request timers out and does not serve /metrics. */
  metricsEnabled: boolean;
  /** Run the pending migrations, then exit (Kubernetes runs this as a Job before a rollout). */
  migrateOnly: boolean;
  /** Database time limits: a stuck statement or an exhausted pool fails with an error, never hangs. */
  db: { statementTimeoutMs: number; acquireTimeoutMs: number; poolMax?: number };
}

/** Every subgraph reads `<NAME>_DATABASE_URL` and `<NAME>_PORT`, so one .env serves all processes. */
export function loadSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const P = name.toUpperCase();
  const c = loadConfig(
    name,
    {
      [`${P}_DATABASE_URL`]: z.string({ required_error: 'is required (postgres://user@host:port/db); `npm start` sets it for you' }).regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
      [`${P}_PORT`]: port(DEFAULT_PORTS[name]),
      HOST: z.string().default('127.0.0.1'),
      REDIS_URL: optionalUrl(),
      NODE_ENV: nodeEnv(),
      SEED_DEMO: bool(false),
      DEBUG_ENDPOINTS: bool(false),
      MIGRATE_ONLY: bool(false),
      IDENTITY_JWKS_URL: optionalUrl(),
      IDENTITY_URL: optionalUrl(),
      VEHICLE_URL: optionalUrl(),
      REGISTRATION_URL: optionalUrl(),
      BILLING_URL: optionalUrl(),
      INTERNAL_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
      METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
      METRICS_ENABLED: bool(true),
      IDENTITY_PORT: port(DEFAULT_PORTS.identity),
      DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
      DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
      DB_POOL_MAX: z.coerce.number().int().min(1).max(200).optional(),
    },
    env,
  ) as Record<string, unknown>;
  refuseDebugInProduction(name, c.DEBUG_ENDPOINTS as boolean, c.NODE_ENV === 'production');
  return {
    name,
    port: c[`${P}_PORT`] as number,
    host: c.HOST as string,
    databaseUrl: c[`${P}_DATABASE_URL`] as string,
    redisUrl: c.REDIS_URL as string | undefined,
    production: c.NODE_ENV === 'production',
    seedDemo: c.SEED_DEMO as boolean,
    debugEndpoints: c.DEBUG_ENDPOINTS as boolean,
    jwksUrl: (c.IDENTITY_JWKS_URL as string | undefined) ?? `http://127.0.0.1:${c.IDENTITY_PORT}/.well-known/jwks.json`,
    peers: Object.fromEntries(
      (['identity', 'vehicle', 'registration', 'billing'] as const).map((n) => [n, (c[`${n.toUpperCase()}_URL`] as string | undefined) ?? `http://127.0.0.1:${DEFAULT_PORTS[n]}/graphql`]),
    ) as Record<SubgraphName, string>,
    internalToken: internalToken(c.INTERNAL_TOKEN as string | undefined, name, env),
    metricsEnabled: c.METRICS_ENABLED as boolean,
    metricsToken: (c.METRICS_TOKEN as string | undefined) ?? internalToken(c.INTERNAL_TOKEN as string | undefined, name, env),
    migrateOnly: c.MIGRATE_ONLY as boolean,
    db: { statementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS as number, acquireTimeoutMs: c.DB_ACQUIRE_TIMEOUT_MS as number, poolMax: c.DB_POOL_MAX as number | undefined },
  };
}

/** The internal endpoints' shared secret: a fixed, published value on the embedded default only. */
function internalToken(value: string | undefined, name: string, env: NodeJS.ProcessEnv): string {
  return secret(name, 'INTERNAL_TOKEN', value, DEV_INTERNAL_TOKEN, env);
}
export const DEV_INTERNAL_TOKEN = 'simveb-development-internal-token';

/** Where a peer subgraph serves its event feed. */
export const feedUrl = (graphqlUrl: string): string => new URL('/internal/events', graphqlUrl).toString();
