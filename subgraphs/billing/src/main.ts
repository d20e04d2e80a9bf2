import 'reflect-metadata';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { createLogger } from '@simveb/platform/logger';
import { createOrm, migrate } from '@simveb/platform/db/orm';
import { loadSubgraphConfig } from '@simveb/platform/server/subgraph-config';
import { exitOnSignal, startSubgraphServer } from '@simveb/platform/server/subgraph-server';
import { refuseSeedInProduction } from '@simveb/platform/server/seed-guard';
import { createContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildBillingSchema } from './schema';
import { seedTariffs } from './seed/tariffs';
import { seedDemo } from './seed/demo';

const config = loadSubgraphConfig('billing');
const log = createLogger('billing');
const orm = await createOrm({ url: config.databaseUrl, entities, migrations, debugEndpoints: config.debugEndpoints });
await migrate(orm, config.databaseUrl, 'billing');
await seedTariffs(orm.em.fork());
if (config.seedDemo) {
  refuseSeedInProduction(config);
  await seedDemo(orm.em.fork());
}
const server = await startSubgraphServer({
  name: 'billing',
  port: config.port,
  host: config.host,
  schema: await buildBillingSchema(),
  orm,
  log,
  production: config.production,
  debugEndpoints: config.debugEndpoints,
  verifier: createTokenVerifier(config.jwksUrl),
  context: async (actor) => createContext(orm.em.fork(), actor),
});
exitOnSignal(server.close, log);
