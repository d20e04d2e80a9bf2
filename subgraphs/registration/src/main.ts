import 'reflect-metadata';
import { createEventBus } from '@simveb/platform/bus/event-bus';
import { createTokenVerifier, remoteKeys } from '@simveb/platform/auth/verify-token';
import { createLogger } from '@simveb/platform/logger';
import { createOrm, migrate } from '@simveb/platform/db/orm';
import { OutboxRelay } from '@simveb/platform/outbox/outbox-relay';
import { loadSubgraphConfig } from '@simveb/platform/server/subgraph-config';
import { exitOnSignal, startSubgraphServer } from '@simveb/platform/server/subgraph-server';
import { refuseSeedInProduction } from '@simveb/platform/server/seed-guard';
import { Context, type Runtime } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildRegistrationSchema } from './schema';
import { seedDemo } from './seed/demo';
import { seedServices } from './seed/services';

const config = loadSubgraphConfig('registration');
const log = createLogger('registration');
const orm = await createOrm({ url: config.databaseUrl, entities, migrations, debugEndpoints: config.debugEndpoints });
await migrate(orm, config.databaseUrl, 'registration');
await seedServices(orm.em.fork());
if (config.seedDemo) {
  refuseSeedInProduction(config);
  await seedDemo(orm.em.fork());
}
const bus = createEventBus(config.redisUrl);
if (bus.kind === 'memory') log.warn('REDIS_URL is not set: demand events reach subscribers of this process only');
const relay = new OutboxRelay(orm, bus, log);
const keys = remoteKeys(config.jwksUrl);
const runtime: Runtime = { bus, relay, keys };
relay.start();

const server = await startSubgraphServer({
  name: 'registration',
  port: config.port,
  host: config.host,
  schema: await buildRegistrationSchema(),
  orm,
  log,
  production: config.production,
  debugEndpoints: config.debugEndpoints,
  verifier: createTokenVerifier(keys),
  context: async (actor) => new Context(orm, runtime, actor),
  wsContext: async (actor) => new Context(orm, runtime, actor),
  onShutdown: async () => {
    await relay.stop();
    await bus.close();
  },
});
exitOnSignal(server.close, log);
