import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExchangesTogether } from './pglite-protocol-queue';
import { freePort } from './processes';

/** An in-memory embedded database served over the wire protocol, as `npm start` serves its own: for tests. */
export async function startPgliteForTest(maxConnections = 16): Promise<{ url: string; db: PGlite; stop(): Promise<void> }> {
  const db = await PGlite.create();
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections });
  keepExchangesTogether(server, db);
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    db,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
