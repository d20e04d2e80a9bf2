import { isUuid } from '@simveb/platform/ids';
import { DEMAND_STATUS_TOPIC } from '@simveb/platform/contracts/events';
import { Affiliate } from './affiliate/affiliate.entity';
import 'reflect-metadata';
import express from 'express';
import { createLocalJWKSet } from 'jose';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { createEventBus } from '@simveb/platform/bus/event-bus';
import { FeedConsumer } from '@simveb/platform/events/feed-consumer';
import { loadConfig, url as urlVar } from '@simveb/platform/config';
import { createOrm, migrateAtStart } from '@simveb/platform/db/orm';
import { DomainError } from '@simveb/platform/errors';
import { createLogger } from '@simveb/platform/logger';
import { HttpMessenger } from '@simveb/platform/messaging/messenger';
import { createWindowCounter } from '@simveb/platform/rate/counter';
import { feedUrl, loadSubgraphConfig } from '@simveb/platform/server/subgraph-config';
import { demandNotifier, NOTIFIED_STATUSES } from './notification/demand-notifications';
import { exitOnSignal, startSubgraphServer } from '@simveb/platform/server/subgraph-server';
import { refuseSeedInProduction } from '@simveb/platform/server/seed-guard';
import { AuthService } from './account/auth.service';
import { AdminService } from './affiliate/admin.service';
import { createContext } from './context';
import { entities } from './entities';
import { AnipRegistry } from './integrations/anip/anip.adapter';
import { DgiRegistry } from './integrations/dgi/dgi.adapter';
import { migrations } from './migrations';
import { OtpService } from './otp/otp.service';
import { buildIdentitySchema } from './schema';
import { seedDemo } from './seed/demo';
import type { Services } from './services';
import { KeyStore } from './token/key-store';
import { TokenService } from './token/token.service';
import { startTracing } from '@simveb/platform/telemetry/start';

const config = loadSubgraphConfig('identity');
const external = loadConfig('identity', {
  ANIP_URL: urlVar('ANIP X-Road security server (npm start runs a simulator)'),
  MESSAGING_URL: urlVar('SMS/e-mail gateway (npm start runs a local sink)'),
  DGI_URL: urlVar('DGI taxpayer register (npm start runs a simulator)'),
});
startTracing('identity');
const log = createLogger('identity');
const orm = await createOrm({ name: config.name, url: config.databaseUrl, entities, migrations, debugEndpoints: config.debugEndpoints, ...config.db });
await migrateAtStart(orm, config, log);
if (config.seedDemo) {
  refuseSeedInProduction(config);
  await seedDemo(orm.em.fork());
}

const keys = new KeyStore(orm);
await keys.ensureKey();
const tokens = new TokenService(keys);
const messenger = new HttpMessenger(external.MESSAGING_URL);
const otp = new OtpService(messenger, createWindowCounter(config.redisUrl, 'simveb:otp-resend:'));
const services: Services = {
  keys,
  tokens,
  otp,
  companies: new DgiRegistry(external.DGI_URL),
  auth: new AuthService(new AnipRegistry(external.ANIP_URL), otp, tokens, createWindowCounter(config.redisUrl, 'simveb:login-failures:'), messenger),
  admin: new AdminService(tokens, keys),
};
// Identity verifies with its own keys directly; everyone else fetches the JWKS below.
const verifier = createTokenVerifier(async (header, token) => createLocalJWKSet(await keys.jwks())(header, token));

const bus = createEventBus(config.redisUrl);
const notifications = new FeedConsumer(
  orm,
  {
    source: 'registration',
    url: feedUrl(config.peers.registration),
    topics: [DEMAND_STATUS_TOPIC],
    internalToken: config.internalToken,
    handle: demandNotifier(messenger),
    accepts: (e) => NOTIFIED_STATUSES.has(e.payload.status),
  },
  log,
  bus,
);
notifications.start();
const server = await startSubgraphServer({
  name: 'identity',
  port: config.port,
  host: config.host,
  schema: await buildIdentitySchema(),
  orm,
  log,
  production: config.production,
  metricsToken: config.metricsToken,
  metricsEnabled: config.metricsEnabled,
  debugEndpoints: config.debugEndpoints,
  verifier,
  onShutdown: async () => {
    await notifications.stop();
    await bus.close();
  },
  context: async (actor) => createContext(orm.em.fork(), actor, services),
  routes: (app) => {
    app.get('/.well-known/jwks.json', async (_req, res) => {
      res.set('cache-control', 'public, max-age=60').json(await keys.jwks());
    });
    // The router asks whether an affiliate is still approved (its members' tokens stop the moment it is suspended).
    app.get('/internal/affiliates/:id/status', async (req, res) => {
      if (req.header('x-internal-token') !== config.internalToken) return void res.status(401).json({ error: 'internal endpoint' });
      const a = isUuid(req.params.id) ? await orm.em.fork().findOne(Affiliate, req.params.id) : null;
      res.json({ status: a?.status ?? 'UNKNOWN' });
    });
    // The router exchanges a partner's API key for a one-minute token on every request.
    app.post('/internal/api-keys/exchange', express.json({ limit: '4kb' }), async (req, res) => {
      try {
        res.json(await services.admin.exchangeApiKey(orm.em.fork(), String(req.body?.key ?? '')));
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        res.status(401).json({ error: err.message, code: err.code });
      }
    });
  },
});
exitOnSignal(server.close, log);
