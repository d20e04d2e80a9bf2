import path from 'node:path';
import { bool, loadConfig, nodeEnv, optionalUrl, port, z } from '@simveb/platform/config';
import { DEFAULT_PORTS, DEV_INTERNAL_TOKEN, type SubgraphName } from '@simveb/platform/server/subgraph-config';
import { refuseDebugInProduction, secret } from '@simveb/platform/secrets';

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
  redisUrl: string | undefined;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; blockSuggestions: boolean };
  pointsPerHour: number;
  anonymousPointsPerHour: number;
  /** `first-party`: users and anonymous callers send only the SDK's registered operations (by id); partners send any. */
  safelist: 'off' | 'first-party';
  persistedOperationsPath: string;
  /** Browser origins allowed to call the graph (CORS); none in production unless configured. */
  corsOrigins: string[];
  /** Which hops may set X-Forwarded-For (see http/client-address.ts). */
  trustProxy: string;
  /** Shared secret of the subgraphs' internal endpoints. */
  internalToken: string;
  /** Bearer token Prometheus presents at /metrics (default: the internal token). */
  metricsToken: string;
  /** METRICS_ENABLED: false leaves the request timers out and does not serve /metrics. */
  metricsEnabled: boolean;
  /** Share of ordinary GraphQL requests written to the log (server-side failures always are). */
  logRequestSample: number;
  /** WebSocket caps and how often a socket's credential is checked again. */
  sockets: { connectionsPerIdentity: number; connectionsPerAddress: number; subscriptionsPerIdentity: number; recheckSeconds: number; maxBufferedBytes: number; maxPendingEvents: number };
  /** `/debug/subscriptions`: open subscriptions, shared groups, upstream operations (tests and the bench; refused in production). */
  debugEndpoints: boolean;
  /** ROUTER_LEAN_PATH: operations that can run skip Apollo Server's request pipeline (http/lean-graphql.ts); false sends every request through it. */
  leanPath: boolean;
}

/** The local apps and their dev servers (Vite's default port) when nothing is configured outside production. */
const DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4000', 'http://127.0.0.1:4000'];

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
      REDIS_URL: optionalUrl(),
      MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
      MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
      MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(3000),
      MAX_QUERY_COST: z.coerce.number().int().min(10).default(5000),
      RATE_LIMIT_POINTS_PER_HOUR: z.coerce.number().int().min(1).default(100_000),
      RATE_LIMIT_ANONYMOUS_POINTS_PER_HOUR: z.coerce.number().int().min(1).default(10_000),
      OPERATIONS_SAFELIST: z.enum(['off', 'first-party']).default('off'),
      INTERNAL_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
      METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
      METRICS_ENABLED: bool(true),
      LOG_REQUEST_SAMPLE: z.coerce.number().min(0).max(1).default(0.01),
      WS_MAX_CONNECTIONS_PER_IDENTITY: z.coerce.number().int().min(1).default(20),
      WS_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).default(200),
      WS_MAX_SUBSCRIPTIONS_PER_IDENTITY: z.coerce.number().int().min(1).default(100),
      WS_RECHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
      WS_MAX_BUFFERED_BYTES: z.coerce
        .number()
        .int()
        .min(16 * 1024)
        .default(1024 * 1024),
      WS_MAX_PENDING_EVENTS: z.coerce.number().int().min(1).default(1000),
      DEBUG_ENDPOINTS: bool(false),
      ROUTER_LEAN_PATH: bool(true),
      TRUST_PROXY: z
        .string()
        .default('false')
        .refine((v) => /^(false|true|\d+|[\w.:/,\s-]+)$/.test(v), 'false, a number of hops, or addresses/CIDRs/loopback'),
      CORS_ORIGINS: z
        .string()
        .optional()
        .refine((v) => !v || v.split(',').every((o) => o.trim() === '' || /^https?:\/\/[^/\s]+$/.test(o.trim())), 'must be comma-separated origins like https://portail.simveb.bj'),
      PERSISTED_OPERATIONS_PATH: z.string().default(path.resolve(import.meta.dirname, '../../clients/sdk/generated/persisted-documents.json')),
    },
    env,
  );
  refuseDebugInProduction('router', c.DEBUG_ENDPOINTS, c.NODE_ENV === 'production');
  return {
    port: c.ROUTER_PORT,
    host: c.HOST,
    production: c.NODE_ENV === 'production',
    supergraphPath: c.SUPERGRAPH_PATH,
    watchSupergraph: c.SUPERGRAPH_WATCH,
    subgraphUrls: { identity: c.IDENTITY_URL, vehicle: c.VEHICLE_URL, registration: c.REGISTRATION_URL, billing: c.BILLING_URL },
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    jwksUrl: c.IDENTITY_JWKS_URL,
    redisUrl: c.REDIS_URL,
    limits: {
      maxDepth: c.MAX_QUERY_DEPTH,
      maxAliases: c.MAX_QUERY_ALIASES,
      maxTokens: c.MAX_QUERY_TOKENS,
      maxCost: c.MAX_QUERY_COST,
      blockSuggestions: c.NODE_ENV === 'production',
    },
    pointsPerHour: c.RATE_LIMIT_POINTS_PER_HOUR,
    anonymousPointsPerHour: c.RATE_LIMIT_ANONYMOUS_POINTS_PER_HOUR,
    safelist: c.OPERATIONS_SAFELIST,
    persistedOperationsPath: c.PERSISTED_OPERATIONS_PATH,
    internalToken: secret('router', 'INTERNAL_TOKEN', c.INTERNAL_TOKEN, DEV_INTERNAL_TOKEN, env),
    logRequestSample: c.LOG_REQUEST_SAMPLE,
    metricsEnabled: c.METRICS_ENABLED,
    metricsToken: c.METRICS_TOKEN ?? secret('router', 'INTERNAL_TOKEN', c.INTERNAL_TOKEN, DEV_INTERNAL_TOKEN, env),
    sockets: {
      connectionsPerIdentity: c.WS_MAX_CONNECTIONS_PER_IDENTITY,
      connectionsPerAddress: c.WS_MAX_CONNECTIONS_PER_ADDRESS,
      subscriptionsPerIdentity: c.WS_MAX_SUBSCRIPTIONS_PER_IDENTITY,
      recheckSeconds: c.WS_RECHECK_SECONDS,
      maxBufferedBytes: c.WS_MAX_BUFFERED_BYTES,
      maxPendingEvents: c.WS_MAX_PENDING_EVENTS,
    },
    debugEndpoints: c.DEBUG_ENDPOINTS,
    leanPath: c.ROUTER_LEAN_PATH,
    trustProxy: c.TRUST_PROXY === 'true' ? 'loopback,linklocal,uniquelocal' : c.TRUST_PROXY,
    corsOrigins:
      c.CORS_ORIGINS !== undefined
        ? c.CORS_ORIGINS.split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : c.NODE_ENV === 'production'
          ? []
          : DEV_ORIGINS,
  };
}
