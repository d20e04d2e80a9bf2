import type { SubgraphConfig } from './subgraph-config';

/** Demo accounts with published passwords must never exist in production. */
export function refuseSeedInProduction(config: Pick<SubgraphConfig, 'production' | 'name'>): void {
  if (config.production) {
    process.stderr.write(`[${config.name}] SEED_DEMO is refused when NODE_ENV=production: demo accounts have public passwords.\n`);
    process.exit(78);
  }
}
