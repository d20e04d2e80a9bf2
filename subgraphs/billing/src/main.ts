import 'reflect-metadata';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { createEventBus } from '@simveb/platform/bus/event-bus';
import { eventFeedRoute } from '@simveb/platform/events/event-feed';
import { FeedConsumer } from '@simveb/platform/events/feed-consumer';
import { OutboxRelay } from '@simveb/platform/outbox/outbox-relay';
import { createLogger } from '@simveb/platform/logger';
import { createOrm, migrate } from '@simveb/platform/db/orm';
import { feedUrl, loadSubgraphConfig } from '@simveb/platform/server/subgraph-config';
import { onDemandStatus } from './order/order.service';
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
const bus = createEventBus(config.redisUrl);
const relay = new OutboxRelay(orm, bus, log);
relay.start();
// Orders follow demands: registration's feed says when one awaits payment.
const demands = new FeedConsumer(
  orm,
  { source: 'registration', url: feedUrl(config.peers.registration), topics: ['demand.status'], internalToken: config.internalToken, handle: onDemandStatus, accepts: (e) => ['AWAITING_PAYMENT', 'CANCELLED'].includes(String(e.payload.status)) },
  log,
  bus,
);
demands.start();
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
  context: async (actor) => createContext(orm.em.fork(), actor, relay),
  routes: (app) => eventFeedRoute(app, orm, config.internalToken),
  onShutdown: async () => {
    await demands.stop();
    await relay.stop();
    await bus.close();
  },
});
exitOnSignal(server.close, log);
