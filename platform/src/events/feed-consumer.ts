import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../bus/event-bus';
import type { Logger } from '../logger';
import { CoalescingTask } from './coalescing-task';
import { parsePayload, type PayloadOf, type Topic } from '../contracts/events';
import type { FeedEvent } from './event-feed';
import type { PublishedEvent } from '../outbox/outbox-relay';

/** A feed event whose payload passed its topic's contract. */
export type ContractEvent<T extends Topic> = { [K in T]: Omit<FeedEvent, 'topic' | 'payload'> & { topic: K; payload: PayloadOf<K> } }[T];
import { EventCursor, InboxEntry } from './inbox.entity';
import { counter, gauge } from '../metrics/registry';
import { continueTrace, inSpan, SpanKind } from '../telemetry/tracing';

const handledEvents = counter('simveb_feed_events_handled_total', 'Events of another subgraph’s feed handled here, by source and topic (redeliveries excluded).', ['source', 'topic']);
const feedFailures = counter('simveb_feed_consumer_failures_total', 'Feed reads or handlers that failed (retried on the next tick), by source.', ['source']);
const feedLag = gauge('simveb_feed_consumer_lag_seconds', 'How far behind its source a feed consumer is: age of the newest event it last read, 0 when the feed had nothing new.', ['source']);

export interface FeedConsumerOptions<T extends Topic = Topic> {
  /** Name of the producing subgraph (cursor and inbox key). */
  source: string;
  /** Its /internal/events URL. */
  url: string;
  topics: T[];
  internalToken: string;
  /** Runs in the same transaction as the inbox entry: its writes and "handled" commit together. */
  handle: (em: EntityManager, event: ContractEvent<T>) => Promise<void>;
  /** Called after an event's transaction committed (e.g. to publish the outbox rows the handler wrote). */
  afterCommit?: () => void;
  /** Events this consumer does not care about are skipped without a transaction (the cursor still moves). */
  accepts?: (event: ContractEvent<T>) => boolean;
  intervalMs?: number;
  /**
   * Also handle an event as soon as the bus pushes it, instead of waiting for
   * the feed to serve it. The feed serves an event only once every older
   * transaction of the cluster has ended (so a reader never skips one still
   * committing): under load that held a payment's effect back by seconds.
   * The pushed event is committed (published after commit) and goes through
   * the same inbox, so it is handled once whichever way arrives first; the
   * feed stays the durable path (a missed push is handled on the next read).
   * Pushed events are handled one at a time in arrival order, but may overtake
   * older events the feed has not served yet: only for handlers that do not
   * depend on the order of events (a payment confirmation per demand).
   */
  handlePushed?: boolean;
}

/**
 * Reads another subgraph's event feed, durably: a cursor in this database,
 * an inbox row per handled event (a redelivery is skipped), each event in its
 * own transaction. Polls, and wakes at once when the bus says something was
 * published. A failing handler stops the loop until the next tick (retry).
 */
export class FeedConsumer<T extends Topic = Topic> {
  private readonly task: CoalescingTask;
  private wakeups: AsyncIterableIterator<unknown>[] = [];
  private pushed: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly opts: FeedConsumerOptions<T>,
    private readonly log: Logger,
    private readonly bus?: EventBus,
  ) {
    this.task = new CoalescingTask(
      () => this.drain(),
      (err) => {
        feedFailures.inc({ source: opts.source });
        log.warn({ err: String(err), source: opts.source }, 'event feed: will retry');
      },
      opts.intervalMs ?? 500,
    );
  }

  start(): void {
    this.task.start();
    if (this.bus?.kind === 'redis') {
      for (const topic of this.opts.topics) {
        const it = this.bus.subscribe(topic);
        this.wakeups.push(it);
        void (async () => {
          for await (const message of it) {
            const event = this.readPushed(message as PublishedEvent);
            // An event this consumer skips wakes nothing: the next tick moves the cursor past it. Woken by every event,
            // billing read the feed once per demand move it ignores (most of its CPU in the subscription bench).
            if (event && this.opts.accepts && !this.opts.accepts(event)) continue;
            if (this.opts.handlePushed && event)
              this.pushed = this.pushed.then(() => this.handleOne(event, false)).catch((err) => this.log.warn({ err: String(err), source: this.opts.source }, 'pushed event: left to the feed'));
            this.task.kick();
          }
        })().catch(() => undefined);
      }
    }
  }

  kick(): void {
    this.task.kick();
  }

  async stop(): Promise<void> {
    for (const it of this.wakeups) await it.return?.();
    await this.task.stop();
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
      const newest = events.at(-1)?.createdAt;
      feedLag.set({ source: this.opts.source }, newest ? Math.max(0, (Date.now() - Date.parse(newest)) / 1000) : 0);
      let handledLast: FeedEvent | undefined;
      for (const raw of events) {
        const parsed = this.opts.topics.includes(raw.topic as T) ? parsePayload(raw.topic as T, raw.payload) : null;
        if (!parsed?.ok) {
          // A producer's bug, not something a retry mends: said loudly, skipped (the cursor moves on).
          this.log.error(
            { source: this.opts.source, eventId: raw.eventId, topic: raw.topic, problems: parsed?.problems ?? 'topic not subscribed' },
            'event feed: payload breaks its contract, skipped',
          );
          continue;
        }
        const event = { ...raw, payload: parsed.value } as ContractEvent<T>;
        if (this.opts.accepts && !this.opts.accepts(event)) continue;
        await this.handleOne(event, true);
        handledLast = raw;
      }
      const last = events.at(-1);
      // The last event's own transaction moved the cursor already; skipped events after it move it here.
      if (last && last !== handledLast) await this.orm.em.fork().upsert(EventCursor, { source: this.opts.source, txid: last.txid, eventId: last.eventId });
      if (events.length < 200) return;
    }
  }

  /**
   * A pushed message as an event, checked against its contract like a fed one
   * (the cursor stays the feed's to move); null when it cannot be read: it
   * still wakes the consumer, and the feed serves it (and reports a breach).
   */
  private readPushed(message: PublishedEvent): ContractEvent<T> | null {
    const topic = message?.topic as T;
    if (!this.opts.topics.includes(topic) || typeof message.eventId !== 'string') return null;
    const parsed = parsePayload(topic, message.payload);
    if (!parsed.ok) return null;
    return { eventId: message.eventId, txid: '', topic, payload: parsed.value, createdAt: new Date().toISOString(), traceparent: message.traceparent ?? null } as unknown as ContractEvent<T>;
  }

  /**
   * One event in its own transaction with its inbox row (a second arrival does
   * nothing), in the producer's trace: what the handler writes (an outbox
   * event, an SMS) continues it. The feed's reads also move the cursor. Once
   * committed, a first arrival is counted and `afterCommit` runs, whichever
   * path brought it.
   */
  private async handleOne(event: ContractEvent<T>, moveCursor: boolean): Promise<void> {
    const handle = () =>
      this.orm.em.fork().transactional(async (tx) => {
        const inserted = await tx
          .getConnection()
          .execute('insert into event_inbox (source, event_id) values (?, ?) on conflict do nothing returning event_id', [this.opts.source, event.eventId], 'all', tx.getTransactionContext());
        if (inserted.length) await this.opts.handle(tx, event);
        if (moveCursor) await tx.upsert(EventCursor, { source: this.opts.source, txid: event.txid, eventId: event.eventId });
        return inserted.length > 0;
      });
    const handled = await (event.traceparent
      ? inSpan(
          `consume ${event.topic}`,
          SpanKind.CONSUMER,
          { 'messaging.system': 'simveb-feed', 'messaging.source.name': this.opts.source, 'messaging.destination.name': event.topic, 'messaging.message.id': event.eventId },
          handle,
          continueTrace(event.traceparent),
        )
      : handle());
    if (handled) {
      handledEvents.inc({ source: this.opts.source, topic: event.topic });
      this.opts.afterCommit?.();
    }
  }
}

export { InboxEntry, EventCursor };
