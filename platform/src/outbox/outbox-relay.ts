import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../bus/event-bus';
import type { Logger } from '../logger';
import { CoalescingTask } from '../events/coalescing-task';
import { counter, gauge } from '../metrics/registry';
import { continueTrace, inSpan, SpanKind } from '../telemetry/tracing';

const publishedEvents = counter('simveb_outbox_events_published_total', 'Outbox events published to the bus, by topic.', ['topic']);
const relays = new Set<MikroORM>();
gauge('simveb_outbox_lag_seconds', 'Age of the oldest outbox event not yet published (0 when none waits): the relay is behind or stopped.', [], async function () {
  let oldest = 0;
  for (const orm of relays) {
    const rows: { age: number | null }[] = await orm.em
      .getConnection()
      .execute('select extract(epoch from now() - created_at)::float8 as age from outbox where published_at is null order by id limit 1');
    oldest = Math.max(oldest, Number(rows[0]?.age ?? 0));
  }
  this.set(oldest);
});

export interface PublishedEvent {
  /** Outbox row id: lets consumers drop a redelivery. */
  eventId: string;
  topic: string;
  payload: Record<string, unknown>;
  /** The trace of the work that wrote it, when traced (a consumer handling the pushed event continues it). */
  traceparent?: string;
}

/** Set while the relay's own transaction runs: its commit must not wake the relay again. */
const relaying = new AsyncLocalStorage<true>();

/**
 * Publishes committed outbox rows to the bus. It looks after every committed
 * write transaction of its ORM (a MikroORM transaction subscriber; kicks
 * coalesce), so the code that writes an event never has to remember to wake
 * it, and every second for rows a crashed process left behind. Row locks with SKIP LOCKED let
 * several replicas relay at once without publishing a row twice in the normal
 * case; a crash after publish and before commit republishes (at-least-once).
 */
export class OutboxRelay {
  private readonly task: CoalescingTask;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    private readonly log: Logger,
    intervalMs = 1000,
  ) {
    this.task = new CoalescingTask(
      () => this.drain(),
      (err) => log.error({ err }, 'outbox relay failed; will retry'),
      intervalMs,
    );
    relays.add(orm);
    // Root transactions only (MikroORM runs no hooks for savepoints): the rows are visible once it fires.
    orm.em.getEventManager().registerSubscriber({
      afterTransactionCommit: () => {
        if (!relaying.getStore()) this.kick();
      },
    });
  }

  start(): void {
    this.task.start();
  }

  /** Looks for unpublished rows now (also done after every commit); concurrent kicks coalesce. */
  kick(): void {
    this.task.kick();
  }

  /** Stops the timer, waits for a drain under way, then publishes what the last requests committed (shutdown). */
  async stop(): Promise<void> {
    const wasRunning = this.task.isStarted();
    await this.task.stop();
    if (wasRunning) await this.drain().catch((err) => this.log.warn({ err: String(err) }, 'outbox: final flush failed; another replica or the next start publishes it'));
  }

  private async drain(): Promise<void> {
    for (;;) {
      const published = await relaying.run(true, () =>
        this.orm.em.fork().transactional(async (em) => {
          const conn = em.getConnection();
          const rows: { id: string; topic: string; payload: Record<string, unknown>; traceparent: string | null }[] = await conn.execute(
            'select id, topic, payload, traceparent from outbox where published_at is null order by id limit 100 for update skip locked',
            [],
            'all',
            em.getTransactionContext(),
          );
          for (const row of rows) {
            const event: PublishedEvent = { eventId: String(row.id), topic: row.topic, payload: row.payload, ...(row.traceparent && { traceparent: row.traceparent }) };
            // Published in the trace of the work that wrote it (when that was traced).
            if (row.traceparent)
              await inSpan(
                `publish ${row.topic}`,
                SpanKind.PRODUCER,
                { 'messaging.system': this.bus.kind, 'messaging.destination.name': row.topic, 'messaging.message.id': event.eventId },
                () => this.bus.publish(row.topic, event),
                continueTrace(row.traceparent),
              );
            else await this.bus.publish(row.topic, event);
            publishedEvents.inc({ topic: row.topic });
          }
          if (rows.length) {
            await conn.execute('update outbox set published_at = now() where id = any(?::bigint[])', [`{${rows.map((r) => Number(r.id)).join(',')}}`], 'run', em.getTransactionContext());
          }
          return rows.length;
        }),
      );
      if (published < 100) return;
    }
  }
}
