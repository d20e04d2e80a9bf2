import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../bus/event-bus';
import type { Logger } from '../logger';
import type { FeedEvent } from './event-feed';
import { EventCursor, InboxEntry } from './inbox.entity';

export interface FeedConsumerOptions {
  /** Name of the producing subgraph (cursor and inbox key). */
  source: string;
  /** Its /internal/events URL. */
  url: string;
  topics: string[];
  internalToken: string;
  /** Runs in the same transaction as the inbox entry: its writes and "handled" commit together. */
  handle: (em: EntityManager, event: FeedEvent) => Promise<void>;
  /** Events this consumer does not care about are skipped without a transaction (the cursor still moves). */
  accepts?: (event: FeedEvent) => boolean;
  intervalMs?: number;
}

/**
 * Reads another subgraph's event feed, durably: a cursor in this database,
 * an inbox row per handled event (a redelivery is skipped), each event in its
 * own transaction. Polls, and wakes at once when the bus says something was
 * published. A failing handler stops the loop until the next tick (retry).
 */
export class FeedConsumer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private wakeups: AsyncIterableIterator<unknown>[] = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly opts: FeedConsumerOptions,
    private readonly log: Logger,
    private readonly bus?: EventBus,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.opts.intervalMs ?? 500);
    this.timer.unref();
    if (this.bus?.kind === 'redis') {
      for (const topic of this.opts.topics) {
        const it = this.bus.subscribe(topic);
        this.wakeups.push(it);
        void (async () => {
          for await (const _ of it) this.kick();
        })().catch(() => undefined);
      }
    }
    this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => this.log.warn({ err: String(err), source: this.opts.source }, 'event feed: will retry'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    for (const it of this.wakeups) await it.return?.();
    await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const em = this.orm.em.fork();
      const cursor = await em.findOne(EventCursor, { source: this.opts.source });
      const url = new URL(this.opts.url);
      url.searchParams.set('topics', this.opts.topics.join(','));
      url.searchParams.set('afterTxid', cursor?.txid ?? '0');
      url.searchParams.set('afterId', cursor?.eventId ?? '0');
      const res = await fetch(url, { headers: { 'x-internal-token': this.opts.internalToken }, signal: AbortSignal.timeout(5_000) });
      if (!res.ok) throw new Error(`${this.opts.source} feed answered ${res.status}`);
      const { events } = (await res.json()) as { events: FeedEvent[] };
      for (const event of events) {
        if (this.opts.accepts && !this.opts.accepts(event)) continue;
        await this.orm.em.fork().transactional(async (tx) => {
          const inserted = await tx.getConnection().execute(
            'insert into event_inbox (source, event_id) values (?, ?) on conflict do nothing returning event_id',
            [this.opts.source, event.eventId],
            'all',
            tx.getTransactionContext(),
          );
          if (inserted.length) await this.opts.handle(tx, event);
          await tx.upsert(EventCursor, { source: this.opts.source, txid: event.txid, eventId: event.eventId });
        });
      }
      const last = events.at(-1);
      if (last) await this.orm.em.fork().upsert(EventCursor, { source: this.opts.source, txid: last.txid, eventId: last.eventId });
      if (events.length < 200) return;
    }
  }
}

export { InboxEntry, EventCursor };
