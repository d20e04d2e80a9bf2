/**
 * One connection per transaction, enforced.
 *
 * Code running inside a transaction must use the transaction's EntityManager.
 * Asking the pool for a second connection there (`em.fork()`, the root ORM, a
 * fork made before the transaction) breaks the promise that everything the
 * callback does commits together, and on the embedded database — one session
 * at a time while a transaction is open — it waits forever. So the pool
 * refuses: inside a transaction scope, the first connection is the
 * transaction's own and any further one fails at once with
 * `SecondConnectionInTransaction`. See docs/architecture.md, "Transactions".
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { SqlEntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';

interface Scope {
  /** False once the transaction has ended: late continuations may use the pool again. */
  open: boolean;
  /** The transaction's own connection was taken. */
  held: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();

export class SecondConnectionInTransaction extends Error {
  override readonly name = 'SecondConnectionInTransaction';
  constructor() {
    super(
      'A second database connection was requested inside a transaction. Use the EntityManager the transaction hands you ' +
        '(not em.fork(), the root ORM or an EntityManager made before it); work that must commit on its own runs after the transaction.',
    );
  }
}

/** The EntityManager class of every subgraph's ORM: its transactions open a guarded scope. */
export class ScopedEntityManager extends SqlEntityManager {
  override async transactional<T>(cb: (em: this) => T | Promise<T>, options?: Parameters<SqlEntityManager['transactional']>[1]): Promise<T> {
    if (scopes.getStore()?.open) return super.transactional(cb, options);
    const scope: Scope = { open: true, held: false };
    try {
      return await scopes.run(scope, () => super.transactional(cb, options));
    } finally {
      scope.open = false;
    }
  }
}

/** Makes the ORM's pool refuse a second connection inside a transaction scope. */
export function guardPool(orm: MikroORM): void {
  const client = orm.em.getConnection().getKnex().client as { acquireConnection: () => Promise<unknown> };
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () => {
    const scope = scopes.getStore();
    if (scope?.open) {
      if (scope.held) return Promise.reject(new SecondConnectionInTransaction());
      scope.held = true;
    }
    return acquire();
  };
}

/** Runs a background job outside any transaction scope (a job kicked from inside a transaction is not part of it). */
export function outsideTransaction<R>(fn: () => R): R {
  return scopes.exit(fn);
}

/** True while the current async path is inside an open transaction. */
export function inTransaction(): boolean {
  return scopes.getStore()?.open ?? false;
}
