import 'reflect-metadata';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { createEventBus } from '@simveb/platform/bus/event-bus';
import { loadConfig, z } from '@simveb/platform/config';
import { DEMAND_STATUS_TOPIC } from '@simveb/platform/contracts/events';
import { eventFeedRoute } from '@simveb/platform/events/event-feed';
import { FeedConsumer } from '@simveb/platform/events/feed-consumer';
import { OutboxRelay } from '@simveb/platform/outbox/outbox-relay';
import { DEV_DOCUMENT_SIGNING_SECRET, secret } from '@simveb/platform/secrets';
import { runSubgraph } from '@simveb/platform/server/define-subgraph';
import { feedUrl } from '@simveb/platform/server/subgraph-config';
import { createContext, type Services } from './context';
import { billingDocumentRoutes } from './document/billing-document.routes';
import { entities } from './entities';
import { VehicleCategories } from './integrations/vehicle-categories';
import { migrations } from './migrations';
import { onDemandStatus } from './order/order.service';
import { FedapayGateway } from './providers/fedapay/fedapay.adapter';
import { KkiapayGateway } from './providers/kkiapay/kkiapay.adapter';
import { loadProviderConfig } from './providers/provider-config';
import { startReconciliationJob } from './reconciliation/reconcile';
import { buildBillingSchema } from './schema';
import { seedDemo } from './seed/demo';
import { seedTariffs } from './seed/tariffs';
import { webhookRoutes } from './webhook/webhook.routes';

await runSubgraph({
  name: 'billing',
  // Webhook bursts: more connections than the others when DB_POOL_MAX is unset.
  poolMax: 20,
  entities,
  migrations,
  schema: buildBillingSchema,
  settings: (config) => {
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
    return {
      ...local,
      providers: loadProviderConfig(config.production),
      signingSecret: secret('billing', 'DOCUMENT_SIGNING_SECRET', local.DOCUMENT_SIGNING_SECRET, DEV_DOCUMENT_SIGNING_SECRET),
    };
  },
  seed: seedTariffs,
  seedDemo: (fork) => seedDemo(fork()),
  assemble: async ({ config, settings, orm, log }) => {
    const { providers, signingSecret } = settings;
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
      reconcile: { expireAfterMinutes: settings.PAYMENT_EXPIRY_MINUTES },
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
      settings.RECONCILE_INTERVAL_SECONDS > 0
        ? startReconciliationJob(
            orm.em.fork(),
            services.gateways,
            { intervalSeconds: settings.RECONCILE_INTERVAL_SECONDS, olderThanMinutes: settings.RECONCILE_AFTER_MINUTES, expireAfterMinutes: settings.PAYMENT_EXPIRY_MINUTES },
            log,
          )
        : () => undefined;
    const verifier = createTokenVerifier(config.jwksUrl);
    return {
      verifier,
      context: async (actor) => createContext(orm.em.fork(), actor, services),
      routes: (app) => {
        eventFeedRoute(app, orm, config.internalToken);
        webhookRoutes(app, orm, { gateways: services.gateways, fedapayWebhookSecret: providers.fedapayWebhookSecret, kkiapaySecret: providers.kkiapayKeys.secret, log });
        billingDocumentRoutes(app, orm, { verify: verifier, signingSecret, publicVerifyUrl: settings.PUBLIC_VERIFY_URL, internalToken: config.internalToken });
      },
      onShutdown: async () => {
        stopReconciliation();
        await demands.stop();
        await relay.stop();
        await bus.close();
      },
    };
  },
});
