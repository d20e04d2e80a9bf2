import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** How far a consumer has read another subgraph's event feed. */
@Entity({ tableName: 'event_cursor' })
export class EventCursor {
  @PrimaryKey({ type: 'string', length: 60 })
  source!: string;

  @Property({ type: 'bigint' })
  txid!: string;

  @Property({ type: 'bigint' })
  eventId!: string;
}

/** Events already handled: a redelivered event is recognised and skipped (exactly-once effect). */
@Entity({ tableName: 'event_inbox' })
export class InboxEntry {
  [OptionalProps]?: 'handledAt';

  @PrimaryKey({ type: 'string', length: 60 })
  source!: string;

  @PrimaryKey({ type: 'bigint' })
  eventId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  handledAt: Date = new Date();
}
