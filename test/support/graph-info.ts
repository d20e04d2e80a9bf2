import type { RunningSimulator } from '@simveb/dev/launcher/graph';
import type { SubgraphName } from '@simveb/platform/server/subgraph-config';

/** What the global setup hands every test file. */
export interface GraphInfo {
  routerUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrls: Record<SubgraphName, string>;
  env: Record<string, string>;
  redisUrl: string | null;
  realPostgres: boolean;
  simulators: Record<string, RunningSimulator>;
  /** Demo users signed in once for the run (tokens last 15 minutes). */
  sessions: Record<string, { accessToken: string; refreshToken: string }>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    graph: GraphInfo;
  }
}
