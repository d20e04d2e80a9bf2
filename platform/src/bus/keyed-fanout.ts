import type { EventBus } from './event-bus';

interface Subscriber<T> {
  accepts: (event: T) => boolean;
  push: (event: T) => void;
}

/** Events one subscriber has not pulled yet before it is ended: a reader that stopped pulling is not kept forever. */
const MAX_QUEUED = 1_000;

/** Who receives a push source's events as they come, and its end. */
export interface Listener<T> {
  event(event: T): void;
  end(): void;
}

/** A stream that can hand its events to one listener instead of being pulled (no pending promise while idle). */
export interface PushSource<T> {
  listen(listener: Listener<T>): void;
}

export function isPushSource<T>(stream: unknown): stream is PushSource<T> {
  return typeof (stream as Partial<PushSource<T>> | null)?.listen === 'function';
}

/**
 * One subscriber's events as an async iterator: a queue and at most one
 * pending pull. Every live subscription of the graph is one of these in
 * registration, held for hours; a Repeater per subscription kept a suspended
 * executor, its stop promise and its push and stop closures alive for each
 * (docs/performance.md, heap per upstream operation).
 */
class FanoutSubscription<T> implements Subscriber<T>, AsyncIterableIterator<T>, PushSource<T> {
  private queue: T[] = [];
  private pull: ((result: IteratorResult<T>) => void) | undefined;
  /** Set instead of pulling: registration's subscription socket (server/subscription-socket.ts) keeps no loop per operation. */
  private listener: Listener<T> | undefined;
  private ended = false;
  /** Why it ended, told to the next pull (a reader that fell too far behind). */
  private failure: Error | undefined;

  constructor(
    readonly accepts: (event: T) => boolean,
    // The fan-out and key it is filed under, not a closure over them: one fewer object and scope per subscription.
    private readonly fanout: KeyedFanout<T>,
    private readonly key: string,
  ) {}

  listen(listener: Listener<T>): void {
    this.listener = listener;
    const queued = this.queue;
    this.queue = [];
    for (const event of queued) listener.event(event);
    if (this.ended) listener.end();
  }

  push(event: T): void {
    if (this.ended) return;
    if (this.listener) return this.listener.event(event);
    const pull = this.pull;
    if (pull) {
      this.pull = undefined;
      pull({ value: event, done: false });
    } else if (this.queue.push(event) > MAX_QUEUED) {
      void this.return();
      this.failure = new Error(`more than ${MAX_QUEUED} events not read: this subscription fell too far behind`);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    const failure = this.failure;
    if (failure) {
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.pull = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.ended) {
      this.ended = true;
      this.queue = [];
      this.fanout.fileOut(this.key, this);
      const pull = this.pull;
      this.pull = undefined;
      pull?.({ value: undefined, done: true });
      this.listener?.end();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
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
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new Set()));
    const subscription = new FanoutSubscription<T>(accepts, this, key);
    bucket.add(subscription);
    this.size += 1;
    this.listen();
    return subscription;
  }

  /** An ended subscription leaves its bucket (and the bucket goes when empty). */
  fileOut(key: string, subscription: Subscriber<T>): void {
    const bucket = this.buckets.get(key);
    if (!bucket?.delete(subscription)) return;
    if (!bucket.size) this.buckets.delete(key);
    this.size -= 1;
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
      for (const s of bucket) if (s.accepts(event)) s.push(event);
    }
  }

  async close(): Promise<void> {
    await this.source?.return?.();
    this.source = undefined;
  }
}
