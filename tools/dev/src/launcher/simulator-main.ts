/**
 * Runs one local simulator in its own process: SIMULATOR names the module
 * (repo-relative path exporting `createSimulator(): http.Server`), PORT the port.
 */
import path from 'node:path';
import type http from 'node:http';
import { REPO_ROOT } from './graph';

const mod = (await import(path.join(REPO_ROOT, process.env.SIMULATOR!))) as { createSimulator: () => http.Server };
const server = mod.createSimulator();
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ ready: true })}\n`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
