import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../bus/event-bus';
import type { Logger } from '../logger';
import { CoalescingTask } from '../events/coalescing-task';

export interface PublishedEvent {
  /** Outbox row id: lets consumers drop a redelivery. */
  eventId: string;
  topic: string;
  payload: Record<string, unknown>;
}

/**
 * Publishes committed outbox rows to the bus. Row locks with SKIP LOCKED let
 * several replicas relay at once without publishing a row twice in the normal
 * case; a crash after publish and before commit republishes (at-least-once).
 */
export class OutboxRelay {
  private readonly task: CoalescingTask;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    log: Logger,
    intervalMs = 1000,
  ) {
    this.task = new CoalescingTask(() => this.drain(), (err) => log.error({ err }, 'outbox relay failed; will retry'), intervalMs);
  }

  start(): void {
    this.task.start();
  }

  /** Called after a commit that wrote outbox rows; concurrent kicks coalesce. */
  kick(): void {
    this.task.kick();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const published = await this.orm.em.fork().transactional(async (em) => {
        const conn = em.getConnection();
        const rows: { id: string; topic: string; payload: Record<string, unknown> }[] = await conn.execute(
          'select id, topic, payload from outbox where published_at is null order by id limit 100 for update skip locked',
          [],
          'all',
          em.getTransactionContext(),
        );
        for (const row of rows) {
          const event: PublishedEvent = { eventId: String(row.id), topic: row.topic, payload: row.payload };
          await this.bus.publish(row.topic, event);
        }
        if (rows.length) {
          await conn.execute(
            'update outbox set published_at = now() where id = any(?::bigint[])',
            [`{${rows.map((r) => Number(r.id)).join(',')}}`],
            'run',
            em.getTransactionContext(),
          );
        }
        return rows.length;
      });
      if (published < 100) return;
    }
  }
}
