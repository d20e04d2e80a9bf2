import type { SubgraphName } from '@simveb/platform/server/subgraph-config';

/** What the global setup hands every test file. */
export interface GraphInfo {
  routerUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrls: Record<SubgraphName, string>;
  env: Record<string, string>;
  redisUrl: string | null;
  realPostgres: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    graph: GraphInfo;
  }
}
