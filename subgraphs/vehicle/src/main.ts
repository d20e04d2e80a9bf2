import 'reflect-metadata';
import { createTokenVerifier } from '@simveb/platform/auth/verify-token';
import { loadConfig, url as urlVar } from '@simveb/platform/config';
import { runSubgraph } from '@simveb/platform/server/define-subgraph';
import { createContext } from './context';
import { entities } from './entities';
import { CustomsAdapter } from './integrations/customs/customs.adapter';
import { migrations } from './migrations';
import { buildVehicleSchema } from './schema';
import { seedCatalogue } from './seed/catalogue';
import { seedDemo } from './seed/demo';

await runSubgraph({
  name: 'vehicle',
  settings: () => loadConfig('vehicle', { CUSTOMS_URL: urlVar('customs declaration service (npm start runs a simulator)') }),
  entities,
  migrations,
  schema: buildVehicleSchema,
  seed: seedCatalogue,
  seedDemo: (fork, catalogue) => seedDemo(fork(), catalogue),
  assemble: async ({ config, settings, orm }) => {
    const services = { customs: new CustomsAdapter(settings.CUSTOMS_URL) };
    return {
      verifier: createTokenVerifier(config.jwksUrl),
      context: async (actor) => createContext(orm.em.fork(), actor, services),
    };
  },
});
