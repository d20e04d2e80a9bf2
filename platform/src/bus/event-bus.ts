import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';

/**
 * Fan-out of domain events to every process that serves subscribers.
 * With Redis, any instance can publish and every instance hears it; without,
 * the bus lives inside this one process (embedded default).
 */
export interface EventBus {
  readonly kind: 'redis' | 'memory';
  /** Resolves once the event left this process (Redis accepted it). */
  publish(topic: string, payload: unknown): Promise<void>;
  /** An async iterable closed by `return()`; the subscription ends with it. */
  subscribe<T>(topic: string): AsyncIterableIterator<T>;
  close(): Promise<void>;
}

type AnyTopics = Record<string, [unknown]>;

export function createEventBus(redisUrl: string | undefined, prefix = 'simveb:'): EventBus {
  if (!redisUrl) {
    const pubSub: PubSub<AnyTopics> = createPubSub<AnyTopics>();
    return {
      kind: 'memory',
      async publish(topic, payload) {
        pubSub.publish(prefix + topic, payload);
      },
      subscribe<T>(topic: string) {
        return pubSub.subscribe(prefix + topic) as unknown as AsyncIterableIterator<T>;
      },
      async close() {},
    };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false });
  // ioredis reconnects by itself; an outage shows as failed publishes (the relay logs them, the outbox lag grows),
  // not as an unhandled-error line per reconnection attempt.
  for (const client of [publishClient, subscribeClient]) client.on('error', () => undefined);
  const pubSub = createPubSub<AnyTopics>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  return {
    kind: 'redis',
    async publish(topic, payload) {
      // Same wire format as the event target reads (JSON), but awaited so the
      // outbox marks an event published only when Redis took it.
      await publishClient.publish(prefix + topic, JSON.stringify(payload));
    },
    subscribe<T>(topic: string) {
      return pubSub.subscribe(prefix + topic) as unknown as AsyncIterableIterator<T>;
    },
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
