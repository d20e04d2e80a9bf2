/**
 * Embedded PostgreSQL for one subgraph: PGlite (Postgres compiled to WASM)
 * with its data under DATA_DIR, served over the PostgreSQL wire protocol so
 * the subgraph connects exactly as it would to a real server. One process
 * per database keeps the four databases from queueing behind each other.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExchangesTogether } from './pglite-protocol-queue';

const dataDir = process.env.PGLITE_DATA_DIR!;
const port = Number(process.env.PGLITE_PORT);
mkdirSync(dataDir, { recursive: true });
const db = await PGlite.create(dataDir);
const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 32 });
keepExchangesTogether(server, db);
await server.start();
process.stdout.write(`${JSON.stringify({ ready: true, port })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
