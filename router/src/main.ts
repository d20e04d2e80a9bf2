import { createLogger } from '@simveb/platform/logger';
import { exitOnSignal } from '@simveb/platform/server/subgraph-server';
import { loadRouterConfig } from './config';
import { startRouter } from './server';

const log = createLogger('router');
const router = await startRouter(loadRouterConfig(), log);
exitOnSignal(router.close, log);
