import 'reflect-metadata';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { createEventBus } from '@simveb/platform/bus/event-bus';
import { loadConfig, url as urlVar } from '@simveb/platform/config';
import { DEMAND_STATUS_TOPIC } from '@simveb/platform/contracts/events';
import { FeedConsumer } from '@simveb/platform/events/feed-consumer';
import { HttpMessenger } from '@simveb/platform/messaging/messenger';
import { createWindowCounter } from '@simveb/platform/rate/counter';
import { runSubgraph } from '@simveb/platform/server/define-subgraph';
import { feedUrl } from '@simveb/platform/server/subgraph-config';
import { createContext } from './context';
import { entities } from './entities';
import { AnipRegistry } from './integrations/anip/anip.adapter';
import { DgiRegistry } from './integrations/dgi/dgi.adapter';
import { migrations } from './migrations';
import { demandNotifier, NOTIFIED_STATUSES } from './notification/demand-notifications';
import { OtpService } from './otp/otp.service';
import { buildIdentitySchema } from './schema';
import { seedDemo } from './seed/demo';
import type { Services } from './services';
import { identityRoutes } from './token/internal-routes';
import { KeyStore } from './token/key-store';
import { TokenService } from './token/token.service';

await runSubgraph({
  name: 'identity',
  settings: () =>
    loadConfig('identity', {
      ANIP_URL: urlVar('ANIP X-Road security server (npm start runs a simulator)'),
      MESSAGING_URL: urlVar('SMS/e-mail gateway (npm start runs a local sink)'),
      DGI_URL: urlVar('DGI taxpayer register (npm start runs a simulator)'),
    }),
  entities,
  migrations,
  schema: buildIdentitySchema,
  seedDemo: (fork) => seedDemo(fork()),
  assemble: async ({ config, settings: external, orm, log }) => {
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
      auth: { registry: new AnipRegistry(external.ANIP_URL), otp, tokens, loginFailures: createWindowCounter(config.redisUrl, 'simveb:login-failures:'), messenger },
    };
    // People hear of their demands' moves by SMS: registration's feed.
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
    return {
      // Identity verifies with its own keys directly; everyone else fetches the JWKS it serves.
      verifier: createTokenVerifier(async (header, token) => (await keys.verificationKeys())(header, token)),
      context: async (actor) => createContext(orm.em.fork(), actor, services),
      routes: (app) => identityRoutes(app, { orm, keys, tokens, internalToken: config.internalToken }),
      onShutdown: async () => {
        await notifications.stop();
        await bus.close();
      },
    };
  },
});
