import 'reflect-metadata';
import { DEMAND_STATUS_TOPIC } from '@simveb/platform/contracts/events';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { createEventBus } from '@simveb/platform/bus/event-bus';
import { loadConfig, z } from '@simveb/platform/config';
import { eventFeedRoute } from '@simveb/platform/events/event-feed';
import { FeedConsumer } from '@simveb/platform/events/feed-consumer';
import { OutboxRelay } from '@simveb/platform/outbox/outbox-relay';
import { createLogger } from '@simveb/platform/logger';
import { createOrm, migrateAtStart } from '@simveb/platform/db/orm';
import { feedUrl, loadSubgraphConfig } from '@simveb/platform/server/subgraph-config';
import { exitOnSignal, startSubgraphServer } from '@simveb/platform/server/subgraph-server';
import { refuseSeedInProduction } from '@simveb/platform/server/seed-guard';
import { createContext, type Services } from './context';
import { billingDocumentRoutes } from './document/billing-document.routes';
import { entities } from './entities';
import { VehicleCategories } from './integrations/vehicle-categories';
import { migrations } from './migrations';
import { onDemandStatus } from './order/order.service';
import { FedapayGateway } from './providers/fedapay/fedapay.adapter';
import { KkiapayGateway } from './providers/kkiapay/kkiapay.adapter';
import { loadProviderConfig } from './providers/provider-config';
import { DEV_DOCUMENT_SIGNING_SECRET, secret } from '@simveb/platform/secrets';
import { startReconciliationJob } from './reconciliation/reconcile';
import { buildBillingSchema } from './schema';
import { seedDemo } from './seed/demo';
import { seedTariffs } from './seed/tariffs';
import { webhookRoutes } from './webhook/webhook.routes';
import { startTracing } from '@simveb/platform/telemetry/start';

const config = loadSubgraphConfig('billing');
const providers = loadProviderConfig(config.production);
const local = loadConfig('billing', {
  DOCUMENT_SIGNING_SECRET: z.string().min(16).optional(),
  PUBLIC_VERIFY_URL: z.string().url().default('https://simveb.anatt.bj/verifier'),
  RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  RECONCILE_AFTER_MINUTES: z.coerce.number().int().min(0).default(10),
  PAYMENT_EXPIRY_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 60),
});
startTracing('billing');
const log = createLogger('billing');
const signingSecret = secret('billing', 'DOCUMENT_SIGNING_SECRET', local.DOCUMENT_SIGNING_SECRET, DEV_DOCUMENT_SIGNING_SECRET);
const orm = await createOrm({ name: config.name, url: config.databaseUrl, entities, migrations, debugEndpoints: config.debugEndpoints, ...config.db, poolMax: config.db.poolMax ?? 20 });
await migrateAtStart(orm, config, log);
await seedTariffs(orm.em.fork());
if (config.seedDemo) {
  refuseSeedInProduction(config);
  await seedDemo(orm.em.fork());
}
const bus = createEventBus(config.redisUrl);
const relay = new OutboxRelay(orm, bus, log);
relay.start();
const services: Services = {
  relay,
  gateways: {
    FEDAPAY: new FedapayGateway(providers.fedapayUrl, providers.fedapaySecretKey, providers.callbackUrl),
    KKIAPAY: new KkiapayGateway(providers.kkiapayUrl, providers.kkiapayWidgetUrl, providers.kkiapayKeys, providers.callbackUrl),
  },
  vehicles: new VehicleCategories(config.peers.vehicle),
  signingSecret,
  reconcile: { expireAfterMinutes: local.PAYMENT_EXPIRY_MINUTES },
};
// Orders follow demands: registration's feed says when one awaits payment.
const demands = new FeedConsumer(
  orm,
  {
    source: 'registration',
    url: feedUrl(config.peers.registration),
    topics: [DEMAND_STATUS_TOPIC],
    internalToken: config.internalToken,
    handle: onDemandStatus,
    accepts: (e) => ['AWAITING_PAYMENT', 'CANCELLED'].includes(e.payload.status),
  },
  log,
  bus,
);
demands.start();
const stopReconciliation =
  local.RECONCILE_INTERVAL_SECONDS > 0
    ? startReconciliationJob(
        orm.em.fork(),
        services.gateways,
        { intervalSeconds: local.RECONCILE_INTERVAL_SECONDS, olderThanMinutes: local.RECONCILE_AFTER_MINUTES, expireAfterMinutes: local.PAYMENT_EXPIRY_MINUTES },
        log,
      )
    : () => undefined;
const verifier = createTokenVerifier(config.jwksUrl);
const server = await startSubgraphServer({
  name: 'billing',
  port: config.port,
  host: config.host,
  schema: await buildBillingSchema(),
  orm,
  log,
  production: config.production,
  metricsToken: config.metricsToken,
  metricsEnabled: config.metricsEnabled,
  debugEndpoints: config.debugEndpoints,
  verifier,
  context: async (actor) => createContext(orm.em.fork(), actor, services),
  routes: (app) => {
    eventFeedRoute(app, orm, config.internalToken);
    webhookRoutes(app, orm, { gateways: services.gateways, fedapayWebhookSecret: providers.fedapayWebhookSecret, kkiapaySecret: providers.kkiapayKeys.secret, log });
    billingDocumentRoutes(app, orm, { verify: verifier, signingSecret, publicVerifyUrl: local.PUBLIC_VERIFY_URL, internalToken: config.internalToken });
  },
  onShutdown: async () => {
    stopReconciliation();
    await demands.stop();
    await relay.stop();
    await bus.close();
  },
});
exitOnSignal(server.close, log);
