import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { PayloadOf, Topic } from '../contracts/events';
import { currentTraceparent } from '../telemetry/tracing';

/**
 * Events written in the same transaction as the change they describe, then
 * published by the relay: a crash between commit and publish loses nothing.
 */
@Entity({ tableName: 'outbox' })
@Index({ name: 'outbox_unpublished_idx', expression: 'create index outbox_unpublished_idx on outbox (id) where published_at is null' })
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 100 })
  topic!: string;

  /**
   * The writing transaction's id: the event feed serves rows in (txid, id)
   * order and only once every older transaction has ended, so a reader's
   * cursor never skips a row that commits late.
   */
  @Index()
  @Property({ type: 'bigint', defaultRaw: 'pg_current_xact_id()::text::bigint', nullable: true })
  txid?: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null = null;

  /**
   * W3C traceparent of the work that wrote the event, when it was traced:
   * the relay, the feed and its consumers continue that trace (the SMS sent
   * after a payment shows in the webhook's trace).
   */
  @Property({ type: 'string', length: 64, nullable: true })
  traceparent?: string | null = null;

  constructor(topic: string, payload: Record<string, unknown>) {
    this.topic = topic;
    this.payload = payload;
    this.traceparent = currentTraceparent();
  }

  /** An event of one of the contracts in platform/src/contracts/events.ts, its payload typed by the topic. */
  static of<T extends Topic>(topic: T, payload: PayloadOf<T>): OutboxEvent {
    return new OutboxEvent(topic, { ...payload });
  }
}
