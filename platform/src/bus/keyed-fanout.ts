import { Repeater } from '@repeaterjs/repeater';
import type { EventBus } from './event-bus';

interface Subscriber<T> {
  accepts: (event: T) => boolean;
  push: (event: T) => unknown;
}

/**
 * One bus subscription per topic for the whole process, and subscribers
 * filed under one key each (a demand, an applicant, a centre, or "*"). An
 * event is offered only to the subscribers filed under one of its keys, so
 * thousands of narrow subscriptions cost nothing for events that are not
 * theirs: the bus' own fan-out would wake every subscriber for every event.
 */
/** How many recent event ids are remembered to drop redeliveries (minutes of events at the graph's rates). */
const RECENT = 10_000;

export class KeyedFanout<T> {
  private readonly buckets = new Map<string, Set<Subscriber<T>>>();
  private source: AsyncIterableIterator<T> | undefined;
  private size = 0;
  /** Ids of the events dispatched lately, oldest first (a Set keeps insertion order). */
  private readonly recent = new Set<string>();

  constructor(
    private readonly bus: EventBus,
    private readonly topic: string,
    /** The keys an event is filed under; "*" is always added. */
    private readonly keysOf: (event: T) => readonly (string | null | undefined)[],
    /**
     * The event's id, when it has one: the outbox publishes at least once (a
     * relay whose database connection dies after publishing, before marking
     * the row, publishes it again), so a redelivery seen among the last
     * RECENT ids is dropped here, once for every subscriber.
     */
    private readonly idOf?: (event: T) => string | undefined,
  ) {}

  get subscribers(): number {
    return this.size;
  }

  /** Events filed under `key` that `accepts` lets through, until `return()`. */
  subscribe(key: string, accepts: (event: T) => boolean): AsyncIterableIterator<T> {
    return new Repeater<T>(async (push, stop) => {
      const subscriber: Subscriber<T> = { accepts, push };
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Set()));
      bucket.add(subscriber);
      this.size += 1;
      this.listen();
      await stop;
      bucket.delete(subscriber);
      if (!bucket.size) this.buckets.delete(key);
      this.size -= 1;
    }) as unknown as AsyncIterableIterator<T>;
  }

  private listen(): void {
    if (this.source) return;
    const source = (this.source = this.bus.subscribe<T>(this.topic));
    void (async () => {
      for await (const event of source) this.dispatch(event);
    })();
  }

  private dispatch(event: T): void {
    const id = this.idOf?.(event);
    if (id !== undefined) {
      if (this.recent.has(id)) return;
      this.recent.add(id);
      if (this.recent.size > RECENT) this.recent.delete(this.recent.values().next().value!);
    }
    const seen = new Set<string>();
    for (const key of [...this.keysOf(event), '*']) {
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      for (const s of bucket) if (s.accepts(event)) void s.push(event);
    }
  }

  async close(): Promise<void> {
    await this.source?.return?.();
    this.source = undefined;
  }
}
