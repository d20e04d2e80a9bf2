import { Redis } from 'ioredis';
import { counter } from '../metrics/registry';
import { inSpan, recording, SpanKind, tracingConfigured } from '../telemetry/tracing';

/**
 * Fixed-window counters shared by all replicas through Redis (INCR + EXPIRE
 * in one round trip); in memory when there is no Redis (single process) and
 * while Redis does not answer.
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

const fallbacks = counter('simveb_rate_counter_fallback_total', 'Counter updates made in process memory because Redis did not answer (budgets are then per replica).', ['prefix']);

/**
 * With Redis, every replica counts in the same windows. When Redis does not
 * answer (down, restarting, a network cut), each replica goes on counting in
 * its own memory instead of refusing or hanging: limits stay on, only less
 * exact (per replica) until Redis answers again. A national registry's
 * reads, logins and payments keep working through a Redis outage; the
 * per-request limits (cost, depth) never depended on Redis. Commands fail
 * fast (no offline queue, a short timeout) so no request waits on Redis.
 */
export function createWindowCounter(redisUrl: string | undefined, prefix: string): WindowCounter {
  const local = memoryCounter();
  if (!redisUrl) return local;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 500, lazyConnect: false });
  // Reconnection is ioredis' own (backoff); errors are expected while Redis is away and said by the fallback counter.
  redis.on('error', () => undefined);
  const traced = tracingConfigured();
  const count = (key: string, windowSeconds: number, cost: number) => redis.eval(SCRIPT, 1, `${prefix}${key}`, cost, windowSeconds) as Promise<[number, number]>;
  return {
    async hit(key, windowSeconds, cost = 1) {
      try {
        const [total, ttl] =
          traced && recording()
            ? await inSpan('EVAL', SpanKind.CLIENT, { 'db.system': 'redis', 'db.operation.name': 'EVAL', 'simveb.counter': prefix }, () => count(key, windowSeconds, cost))
            : await count(key, windowSeconds, cost);
        return { total, resetInSeconds: Math.max(ttl, 0) };
      } catch {
        fallbacks.inc({ prefix });
        return local.hit(key, windowSeconds, cost);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}

function memoryCounter(): WindowCounter {
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
