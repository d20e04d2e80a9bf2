import { createLogger } from '@simveb/platform/logger';
import { exitOnSignal } from '@simveb/platform/server/subgraph-server';
import { loadRouterConfig } from './config';
import { startRouter } from './server';
import { startTracing } from '@simveb/platform/telemetry/start';

startTracing('router');
const log = createLogger('router');
const router = await startRouter(loadRouterConfig(), log);
exitOnSignal(router.close, log);
