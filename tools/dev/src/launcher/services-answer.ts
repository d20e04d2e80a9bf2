import pg from 'pg';
import { Redis } from 'ioredis';

/** A connected client when PostgreSQL answers at `url` within 2 s (the caller ends it), else null. */
export async function connectPostgres(url: string): Promise<pg.Client | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await c.connect();
    await c.query('select 1');
    return c;
  } catch {
    await c.end().catch(() => undefined);
    return null;
  }
}

/** Whether PostgreSQL answers at `url`: tests and benches use it when it does, and say so when it does not. */
export async function postgresAnswers(url: string): Promise<boolean> {
  const c = await connectPostgres(url);
  await c?.end().catch(() => undefined);
  return c !== null;
}

/** Whether Redis answers PING at `url` within 2 s. */
export async function redisAnswers(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // The refusal is the answer (false), not an error to report.
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}
