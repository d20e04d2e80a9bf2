import { ConstantBackoff, handleWhen, retry } from 'cockatiel';

/**
 * SQLSTATEs of a connection the server ended or refused (class 08, and
 * 57P01-57P03: an administrator, a crash or a restart ended it; 53300: no
 * connection slot), and the pg driver's own words for a socket that closed.
 * Knex's "Transaction query already complete" is how the next statement of a
 * transaction learns its connection died under it (seen in the PostgreSQL-cut
 * test).
 */
const LOST_CONNECTION = /^(08|57P0[1-3]$|53300$)/;
const LOST_SOCKET = /Connection terminated|ECONNRESET|ECONNREFUSED|terminating connection|connection error and is not queryable|Transaction query already complete/;

/** Whether the failure is the database connection going away (the error, its GraphQL original, MikroORM's wrapped driver error). */
export function databaseConnectionLost(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const x = e as { code?: unknown; sqlState?: unknown; message?: unknown; originalError?: unknown; previous?: unknown; cause?: unknown };
    if ([x.code, x.sqlState].some((c) => typeof c === 'string' && LOST_CONNECTION.test(c))) return true;
    if (typeof x.message === 'string' && LOST_SOCKET.test(x.message)) return true;
    e = x.originalError ?? x.previous ?? x.cause;
  }
  return false;
}

/*
 * A pooled connection the server ended is known dead only once its socket's
 * error has been read; a statement sent before that fails, and the next one
 * gets a fresh connection. Once more, shortly after, is enough.
 */
const readAgain = retry(handleWhen(databaseConnectionLost), { maxAttempts: 1, backoff: new ConstantBackoff(50) });

/**
 * A read (never a write: it may have been applied) tried once more when the
 * database connection was lost under it. For reads whose failure loses
 * something a retry by the caller cannot get back, such as a live event's
 * delivery.
 */
export function readSurvivingLostConnection<T>(read: () => Promise<T>): Promise<T> {
  return readAgain.execute(() => read());
}
