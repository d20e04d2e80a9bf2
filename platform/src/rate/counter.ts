import { Redis } from 'ioredis';

/**
 * Fixed-window counters shared by all replicas through Redis (INCR + EXPIRE
 * in one round trip); in memory when there is no Redis (single process).
 */
export interface WindowCounter {
  /** Adds `cost` to the key's window and returns the total and the seconds left in the window. */
  hit(key: string, windowSeconds: number, cost?: number): Promise<{ total: number; resetInSeconds: number }>;
  close(): Promise<void>;
}

const SCRIPT = `
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
if total == tonumber(ARGV[1]) then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
local ttl = redis.call('TTL', KEYS[1])
return {total, ttl}`;

export function createWindowCounter(redisUrl: string | undefined, prefix: string): WindowCounter {
  if (redisUrl) {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
    return {
      async hit(key, windowSeconds, cost = 1) {
        const [total, ttl] = (await redis.eval(SCRIPT, 1, `${prefix}${key}`, cost, windowSeconds)) as [number, number];
        return { total, resetInSeconds: Math.max(ttl, 0) };
      },
      async close() {
        redis.disconnect();
      },
    };
  }
  const windows = new Map<string, { total: number; resetAt: number }>();
  return {
    async hit(key, windowSeconds, cost = 1) {
      const now = Date.now();
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        w = { total: 0, resetAt: now + windowSeconds * 1000 };
        windows.set(key, w);
        if (windows.size > 100_000) for (const [k, v] of windows) if (v.resetAt <= now) windows.delete(k);
      }
      w.total += cost;
      return { total: w.total, resetInSeconds: Math.ceil((w.resetAt - now) / 1000) };
    },
    async close() {},
  };
}
