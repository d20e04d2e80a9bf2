import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { graph } from '../../../test/support/graph';
import { databaseConnectionLost, readSurvivingLostConnection } from './connection-lost';

/**
 * A read whose connection the server ends under it (pg_terminate_backend, as
 * a failover or an administrator does) is read again on a fresh connection;
 * any other failure, and a second loss, reach the caller.
 */
describe.skipIf(!graph().realPostgres)('reads surviving a lost database connection (PostgreSQL)', () => {
  let pool: pg.Pool;
  let admin: pg.Client;

  beforeAll(async () => {
    const url = graph().databaseUrls.registration!;
    pool = new pg.Pool({ connectionString: url, max: 2 });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await pool?.end();
    await admin?.end();
  });

  /** A read the server ends midway: its backend is terminated while it sleeps. */
  async function readCut(): Promise<number> {
    const client = new pg.Client({ connectionString: graph().databaseUrls.registration! });
    client.on('error', () => undefined);
    await client.connect();
    const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    // Its failure is taken at once: it may come before the terminating statement's own answer.
    const failure = client.query('select pg_sleep(5)').then(
      () => null,
      (err: unknown) => err,
    );
    await new Promise((r) => setTimeout(r, 100));
    await admin.query('select pg_terminate_backend($1)', [pid]);
    const err = await failure;
    await client.end().catch(() => undefined);
    if (err) throw err;
    return 0;
  }

  it('the cut read fails as a lost connection; read again, it answers', async () => {
    const direct = await readCut().catch((err: unknown) => err);
    expect(databaseConnectionLost(direct)).toBe(true);

    let attempts = 0;
    const value = await readSurvivingLostConnection(async () => {
      attempts += 1;
      if (attempts === 1) return readCut();
      return (await pool.query<{ n: number }>('select 42 as n')).rows[0]!.n;
    });
    expect(value).toBe(42);
    expect(attempts).toBe(2);
  });

  it('is read again once only, and not at all for other failures', async () => {
    let attempts = 0;
    await expect(
      readSurvivingLostConnection(() => {
        attempts += 1;
        return readCut();
      }),
    ).rejects.toSatisfy(databaseConnectionLost);
    expect(attempts).toBe(2);

    attempts = 0;
    await expect(
      readSurvivingLostConnection(async () => {
        attempts += 1;
        return pool.query('select 1 / 0');
      }),
    ).rejects.toThrow(/division by zero/);
    expect(attempts).toBe(1);
  });
});
