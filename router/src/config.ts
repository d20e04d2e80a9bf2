import path from 'node:path';
import { bool, loadConfig, nodeEnv, optionalUrl, port, z } from '@simveb/platform/config';
import { DEFAULT_PORTS, type SubgraphName } from '@simveb/platform/server/subgraph-config';

export interface RouterConfig {
  port: number;
  host: string;
  production: boolean;
  supergraphPath: string;
  watchSupergraph: boolean;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  requestTimeoutMs: number;
  /** Identity's JWKS; default: identity's origin + /.well-known/jwks.json. */
  jwksUrl: string | undefined;
}

export function loadRouterConfig(env: NodeJS.ProcessEnv = process.env): RouterConfig {
  const c = loadConfig(
    'router',
    {
      ROUTER_PORT: port(DEFAULT_PORTS.router),
      HOST: z.string().default('127.0.0.1'),
      NODE_ENV: nodeEnv(),
      SUPERGRAPH_PATH: z.string().default(path.resolve(import.meta.dirname, '../../schema/supergraph.graphql')),
      SUPERGRAPH_WATCH: bool(false),
      IDENTITY_URL: optionalUrl(),
      VEHICLE_URL: optionalUrl(),
      REGISTRATION_URL: optionalUrl(),
      BILLING_URL: optionalUrl(),
      IDENTITY_JWKS_URL: optionalUrl(),
      REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    },
    env,
  );
  return {
    port: c.ROUTER_PORT,
    host: c.HOST,
    production: c.NODE_ENV === 'production',
    supergraphPath: c.SUPERGRAPH_PATH,
    watchSupergraph: c.SUPERGRAPH_WATCH,
    subgraphUrls: { identity: c.IDENTITY_URL, vehicle: c.VEHICLE_URL, registration: c.REGISTRATION_URL, billing: c.BILLING_URL },
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    jwksUrl: c.IDENTITY_JWKS_URL,
  };
}
