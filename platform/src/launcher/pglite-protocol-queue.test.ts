import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { freePort } from './processes';
import { keepExchangesTogether } from './pglite-protocol-queue';

/** Several connections sending parameterised queries at once to the embedded database, as a subgraph's pool does. */
describe('the embedded database keeps each connection’s protocol exchange together', () => {
  let db: PGlite;
  let server: PGLiteSocketServer;
  let url: string;

  beforeAll(async () => {
    db = await PGlite.create();
    const port = await freePort();
    server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 16 });
    keepExchangesTogether(server, db);
    await server.start();
    url = `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    await db.exec('create table t (id int primary key, v text)');
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it('six connections, 150 parameterised queries each, some in transactions: every answer is its own', async () => {
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        return c;
      }),
    );
    try {
      await Promise.all(
        clients.map(async (c, k) => {
          for (let i = 0; i < 150; i++) {
            const n = k * 1000 + i;
            if (i % 10 === 0) {
              await c.query('begin');
              await c.query('insert into t (id, v) values ($1, $2)', [n, `v${n}`]);
              await c.query('commit');
            } else {
              const r = await c.query<{ n: number; s: string }>('select $1::int as n, $2::text as s', [n, `s${n}`]);
              expect(r.rows[0]).toEqual({ n, s: `s${n}` });
            }
          }
        }),
      );
      expect(Number((await clients[0]!.query('select count(*) from t')).rows[0].count)).toBe(6 * 15);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  }, 30_000);
});
