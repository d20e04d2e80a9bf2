import 'reflect-metadata';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { loadConfig, url as urlVar } from '@simveb/platform/config';
import { createLogger } from '@simveb/platform/logger';
import { createOrm, migrateAtStart } from '@simveb/platform/db/orm';
import { loadSubgraphConfig } from '@simveb/platform/server/subgraph-config';
import { exitOnSignal, startSubgraphServer } from '@simveb/platform/server/subgraph-server';
import { refuseSeedInProduction } from '@simveb/platform/server/seed-guard';
import { createContext } from './context';
import { entities } from './entities';
import { CustomsAdapter } from './integrations/customs/customs.adapter';
import { migrations } from './migrations';
import { buildVehicleSchema } from './schema';
import { seedCatalogue } from './seed/catalogue';
import { seedDemo } from './seed/demo';
import { startTracing } from '@simveb/platform/telemetry/start';

const config = loadSubgraphConfig('vehicle');
const external = loadConfig('vehicle', { CUSTOMS_URL: urlVar('customs declaration service (npm start runs a simulator)') });
startTracing('vehicle');
const log = createLogger('vehicle');
const orm = await createOrm({ name: config.name, url: config.databaseUrl, entities, migrations, debugEndpoints: config.debugEndpoints, ...config.db });
await migrateAtStart(orm, config, log);
const catalogue = await seedCatalogue(orm.em.fork());
if (config.seedDemo) {
  refuseSeedInProduction(config);
  await seedDemo(orm.em.fork(), catalogue);
}
const services = { customs: new CustomsAdapter(external.CUSTOMS_URL) };
const server = await startSubgraphServer({
  name: 'vehicle',
  port: config.port,
  host: config.host,
  schema: await buildVehicleSchema(),
  orm,
  log,
  production: config.production,
  metricsToken: config.metricsToken,
  metricsEnabled: config.metricsEnabled,
  debugEndpoints: config.debugEndpoints,
  verifier: createTokenVerifier(config.jwksUrl),
  context: async (actor) => createContext(orm.em.fork(), actor, services),
});
exitOnSignal(server.close, log);
