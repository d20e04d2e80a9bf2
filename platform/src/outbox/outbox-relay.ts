import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../bus/event-bus';
import type { Logger } from '../logger';

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
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly intervalMs = 1000,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Called after a commit that wrote outbox rows; coalesces concurrent kicks. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => this.log.error({ err }, 'outbox relay failed; will retry'))
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
    await this.running;
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
