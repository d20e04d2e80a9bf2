import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgliteForTest } from '@simveb/dev/launcher/pglite-test-server';
import { EventCursor, InboxEntry } from '../events/inbox.entity';
import { createOrm, type MikroORM } from './orm';
import { SecondConnectionInTransaction } from './transaction-scope';

/**
 * On the embedded database (one session at a time while a transaction is
 * open) a second connection inside a transaction used to wait forever. Here
 * it fails at once, and a stuck statement fails after its timeout.
 */
describe('one connection per transaction, on the embedded database', () => {
  let embedded: Awaited<ReturnType<typeof startPgliteForTest>>;
  let orm: MikroORM;

  beforeAll(async () => {
    embedded = await startPgliteForTest(8);
    orm = await createOrm({ url: embedded.url, entities: [InboxEntry, EventCursor], migrations: [], acquireTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await orm?.close();
    await embedded?.stop();
  });

  it('a fork inside a transaction fails loudly instead of hanging', async () => {
    const started = Date.now();
    const outcome = orm.em.fork().transactional(async (tx) => {
      await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      return tx.fork().getConnection().execute('select 2');
    });
    await expect(outcome).rejects.toBeInstanceOf(SecondConnectionInTransaction);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('the root ORM inside a transaction fails the same way', async () => {
    await expect(orm.em.fork().transactional(() => orm.em.fork().getConnection().execute('select 1'))).rejects.toThrow(/second database connection/);
  });

  it('the transaction’s own EntityManager, nested transactions and work after the commit are fine', async () => {
    const inner = await orm.em.fork().transactional(async (tx) => {
      await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      return tx.transactional(async (nested) => nested.getConnection().execute<{ n: number }[]>('select 3 as n', [], 'all', nested.getTransactionContext()));
    });
    expect(inner[0]!.n).toBe(3);
    // A job started from inside the transaction that runs after it ended may use the pool.
    let later: Promise<unknown> = Promise.resolve();
    await orm.em.fork().transactional(async () => {
      later = new Promise((r) => setTimeout(r, 50)).then(() => orm.em.fork().getConnection().execute('select 4'));
    });
    await expect(later).resolves.toBeDefined();
  });

  it('a statement that runs past its timeout fails with an error', async () => {
    const slow = await createOrm({ url: orm.config.getClientUrl(), entities: [InboxEntry, EventCursor], migrations: [], statementTimeoutMs: 300 });
    try {
      // PGlite ignores statement_timeout; the client-side limit (timeout + 2 s) still ends the wait.
      await expect(slow.em.fork().getConnection().execute('select pg_sleep(5)')).rejects.toThrow(/timeout|canceling/i);
    } finally {
      await slow.close(true);
    }
  }, 10_000);
});
