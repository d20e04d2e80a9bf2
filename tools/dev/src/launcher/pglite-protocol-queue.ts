/**
 * PGlite has one session; pglite-socket shares it between connections by
 * queueing their protocol messages. It keeps a connection's messages together
 * inside a transaction, but not inside one extended-protocol exchange
 * (Parse, Bind, Describe, Execute ... Sync): two connections sending
 * parameterised queries at once got their messages interleaved, and one of
 * them failed with "unnamed prepared statement does not exist" — or worse,
 * ran the other's statement. node-postgres sends every parameterised query
 * that way, so any concurrency on `npm start` could hit it.
 *
 * This replaces the queue's scheduling on a running server: a connection
 * keeps the session from its first extended-protocol message to its Sync, and
 * for as long as it holds a transaction open. pglite-socket is pinned in
 * package.json because this relies on its queue's shape.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
  onData: (data: Uint8Array) => void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

/** Extended-protocol messages that continue an exchange until its Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const CONTINUES_EXCHANGE = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

export function keepExchangesTogether(server: PGLiteSocketServer, db: PGlite): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue)) throw new Error('pglite-socket changed: its query queue is not where keepExchangesTogether expects it');
  /** The connection that holds the session now (mid-exchange or in a transaction), or null. */
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = owner === null ? 0 : this.queue.findIndex((m) => m.handlerId === owner);
        // The owner's next message has not arrived yet: everyone else waits for it.
        if (index === -1) break;
        const item = this.queue.splice(index, 1)[0]!;
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          owner = db.isInTransaction() ? item.handlerId : null;
          item.reject(err);
          continue;
        }
        const midExchange = CONTINUES_EXCHANGE.has(item.message[0]!);
        owner = midExchange || db.isInTransaction() ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  // A connection that goes away gives the session back (its open transaction is rolled back by pglite-socket).
  const clearQueue = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueue(handlerId);
    if (owner === handlerId && !db.isInTransaction()) owner = null;
  };
  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    if (owner === handlerId) {
      if (db.isInTransaction()) await db.exec('ROLLBACK');
      owner = null;
    }
    await clearTransaction(handlerId);
    await queue.processQueue();
  };
}
