import 'reflect-metadata';
import path from 'node:path';
import { rosterPartyOf } from '@simveb/platform/auth/authorization-context';
import { createTokenVerifier, remoteKeys } from '@simveb/platform/auth/verify-token';
import { createEventBus } from '@simveb/platform/bus/event-bus';
import { loadConfig, z } from '@simveb/platform/config';
import { PAYMENT_CONFIRMED_TOPIC } from '@simveb/platform/contracts/events';
import { eventFeedRoute } from '@simveb/platform/events/event-feed';
import { FeedConsumer } from '@simveb/platform/events/feed-consumer';
import { OutboxRelay } from '@simveb/platform/outbox/outbox-relay';
import { DEV_DOCUMENT_SIGNING_SECRET, secret } from '@simveb/platform/secrets';
import { runSubgraph } from '@simveb/platform/server/define-subgraph';
import { feedUrl } from '@simveb/platform/server/subgraph-config';
import { rosterRoutes } from './center/roster.routes';
import { Context, type Services } from './context';
import { demandQueueMetrics } from './demand/demand.metrics';
import { demandStatusFanout } from './demand/demand.subscription';
import { confirmPayment } from './demand/transition';
import { LocalDiskStorage } from './document/document-storage';
import { documentDownloadRoutes } from './document/download.route';
import { documentRoutes, MAX_PENDING_DOCUMENTS, removeUnattachedDocuments } from './document/upload.route';
import { entities } from './entities';
import { grayCardRoutes } from './gray-card/gray-card.route';
import { BillingDocuments } from './integrations/billing-documents';
import { PartyDirectory } from './integrations/party-directory';
import { GraphVehicleRegistry } from './integrations/vehicle-registry';
import { issuedDocumentRoutes } from './issued-document/issued-document.route';
import { SqlCodeAttempts } from './print-order/code-attempts';
import { migrations } from './migrations';
import { releaseStalePrestige } from './prestige/prestige.service';
import { buildRegistrationSchema } from './schema';
import { seedDemo, seedDemoWork } from './seed/demo';
import { seedReferenceData } from './seed/services';

await runSubgraph({
  name: 'registration',
  entities,
  migrations,
  schema: buildRegistrationSchema,
  settings: () => {
    const local = loadConfig('registration', {
      DOCUMENTS_DIR: z.string().optional(),
      DATA_DIR: z.string().default('.data'),
      UPLOAD_MAX_PENDING: z.coerce.number().int().min(1).max(100_000).default(MAX_PENDING_DOCUMENTS),
      /** How often lapsed prestige holds and stale uploads are looked for (tests shorten them). */
      PRESTIGE_HOLD_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
      UPLOAD_CLEANUP_CHECK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
      PLEDGE_BLOCKS_SALE: z.enum(['true', 'false']).default('true'),
      TINTED_WINDOW_VALIDITY_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
      DOCUMENT_SIGNING_SECRET: z.string().min(16).optional(),
      PUBLIC_VERIFY_URL: z.string().url().default('https://simveb.anatt.bj/verifier'),
    });
    return { ...local, signingSecret: secret('registration', 'DOCUMENT_SIGNING_SECRET', local.DOCUMENT_SIGNING_SECRET, DEV_DOCUMENT_SIGNING_SECRET) };
  },
  seed: seedReferenceData,
  seedDemo: async (fork) => {
    await seedDemo(fork());
    await seedDemoWork(fork());
  },
  assemble: async ({ config, settings: local, orm, log }) => {
    const { signingSecret } = local;
    const bus = createEventBus(config.redisUrl);
    if (bus.kind === 'memory') log.warn('REDIS_URL is not set: demand events reach subscribers of this process only');
    const relay = new OutboxRelay(orm, bus, log);
    // Test hook: a process that commits events but never publishes them, to prove another relay recovers them.
    const relayDisabled = config.debugEndpoints && process.env.OUTBOX_RELAY_DISABLED === 'true';
    const keys = remoteKeys(config.jwksUrl);
    const verifier = createTokenVerifier(keys);
    // Uploaded documents live beside the embedded databases unless told otherwise.
    const storage = new LocalDiskStorage(local.DOCUMENTS_DIR ?? path.resolve(local.DATA_DIR, 'documents'));
    const services: Services = {
      bus,
      demandStatus: demandStatusFanout(bus),
      relay,
      keys,
      vehicles: new GraphVehicleRegistry(config.peers.vehicle),
      storage,
      pledgeBlocksSale: local.PLEDGE_BLOCKS_SALE === 'true',
      tintedValidityDays: local.TINTED_WINDOW_VALIDITY_DAYS,
      signingSecret,
      parties: new PartyDirectory(config.peers.identity),
      billingDocuments: new BillingDocuments(config.peers.billing, config.internalToken),
      codeAttempts: new SqlCodeAttempts(orm),
    };
    if (!relayDisabled) relay.start();
    demandQueueMetrics(orm);
    // Billing's feed: a confirmed payment moves the demand out of AWAITING_PAYMENT (once).
    const payments = new FeedConsumer(
      orm,
      {
        source: 'billing',
        url: feedUrl(config.peers.billing),
        topics: [PAYMENT_CONFIRMED_TOPIC],
        internalToken: config.internalToken,
        handle: async (tx, event) => {
          // An order without a demand (a basket's own row) moves nothing here: each of its orders has its event.
          if (event.payload.demandId) await confirmPayment(tx, event.payload.demandId);
        },
        // A payment moves its demand once, whatever the order of other payments: handled as soon as billing publishes it.
        handlePushed: true,
      },
      log,
      bus,
    );
    payments.start();
    // Prestige numbers held by demands left unpaid for an hour go back to everyone (checked every minute).
    const prestigeHolds = setInterval(
      () => void releaseStalePrestige(orm.em.fork()).catch((err) => log.warn({ err: String(err) }, 'prestige release failed')),
      local.PRESTIGE_HOLD_CHECK_SECONDS * 1000,
    );
    prestigeHolds.unref();
    // Uploads never attached to a demand are removed after a day (checked every hour).
    const cleanup = setInterval(
      () => void removeUnattachedDocuments(orm, storage).catch((err) => log.warn({ err: String(err) }, 'document cleanup failed')),
      local.UPLOAD_CLEANUP_CHECK_SECONDS * 1000,
    );
    cleanup.unref();
    const documentsOf = { verify: verifier, vehicles: services.vehicles, parties: services.parties, signingSecret, publicVerifyUrl: local.PUBLIC_VERIFY_URL };
    return {
      verifier,
      internalToken: config.internalToken,
      context: async (actor, _req, caller) => new Context(orm, services, actor, rosterPartyOf(caller)),
      wsContext: async (actor, caller) => new Context(orm, services, actor, rosterPartyOf(caller)),
      // A subscription's context lives for hours: the EntityManager and loaders of its last event go once it is sent.
      afterEvent: (ctx) => ctx.renew(),
      routes: (app) => {
        eventFeedRoute(app, orm, config.internalToken);
        rosterRoutes(app, orm, config.internalToken);
        documentRoutes(app, orm, storage, verifier, local.UPLOAD_MAX_PENDING);
        documentDownloadRoutes(app, orm, storage, verifier);
        grayCardRoutes(app, orm, documentsOf);
        issuedDocumentRoutes(app, orm, documentsOf);
      },
      onShutdown: async () => {
        clearInterval(cleanup);
        clearInterval(prestigeHolds);
        await payments.stop();
        await relay.stop();
        await services.demandStatus.close();
        await bus.close();
      },
    };
  },
});
