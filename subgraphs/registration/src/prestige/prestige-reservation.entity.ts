import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';

export enum PrestigeStatus {
  HELD = 'HELD',
  USED = 'USED',
  RELEASED = 'RELEASED',
}

/**
 * A prestige number or label set aside for a demand from its filing: the
 * partial unique indexes let only one live (held or used) reservation claim a
 * number or a label, whatever the concurrency.
 */
@Entity({ tableName: 'prestige_reservation' })
@Index({ name: 'prestige_number_live', expression: "create unique index prestige_number_live on prestige_reservation (compact_number) where status <> 'RELEASED' and compact_number is not null" })
@Index({ name: 'prestige_label_live', expression: "create unique index prestige_label_live on prestige_reservation (label) where status <> 'RELEASED' and label is not null" })
export class PrestigeReservation {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Unique()
  @Property({ type: 'uuid' })
  demandId!: string;

  /** Chosen number, compact (AB0007RB). */
  @Property({ type: 'string', length: 12, nullable: true })
  compactNumber?: string | null;

  /** Chosen label (KOFFI1). */
  @Property({ type: 'string', length: 8, nullable: true })
  label?: string | null;

  @Enum({ items: () => PrestigeStatus, type: 'string' })
  status: PrestigeStatus = PrestigeStatus.HELD;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
