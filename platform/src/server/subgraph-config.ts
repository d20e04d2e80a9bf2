import { bool, loadConfig, nodeEnv, optionalUrl, port, z } from '../config';

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
}

/** Every subgraph reads `<NAME>_DATABASE_URL` and `<NAME>_PORT`, so one .env serves all processes. */
export function loadSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const P = name.toUpperCase();
  const c = loadConfig(
    name,
    {
      [`${P}_DATABASE_URL`]: z
        .string({ required_error: 'is required (postgres://user@host:port/db); `npm start` sets it for you' })
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
      [`${P}_PORT`]: port(DEFAULT_PORTS[name]),
      HOST: z.string().default('127.0.0.1'),
      REDIS_URL: optionalUrl(),
      NODE_ENV: nodeEnv(),
      SEED_DEMO: bool(false),
      DEBUG_ENDPOINTS: bool(false),
      IDENTITY_JWKS_URL: optionalUrl(),
      IDENTITY_PORT: port(DEFAULT_PORTS.identity),
    },
    env,
  ) as Record<string, unknown>;
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
  };
}
