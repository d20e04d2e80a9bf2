import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startPgliteForTest } from './pglite-test-server';

/** Several connections sending parameterised queries at once to the embedded database, as a subgraph's pool does. */
describe('the embedded database keeps each connection’s protocol exchange together', () => {
  let embedded: Awaited<ReturnType<typeof startPgliteForTest>>;
  let url: string;

  beforeAll(async () => {
    embedded = await startPgliteForTest();
    url = embedded.url;
    await embedded.db.exec('create table t (id int primary key, v text)');
  });
  afterAll(async () => {
    await embedded?.stop();
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
