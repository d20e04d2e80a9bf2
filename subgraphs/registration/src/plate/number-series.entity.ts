import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { PLATE_FAMILIES, type PlateFamily } from './number-series';

/** The last number handed out in a family: locked (FOR UPDATE) by each allocation, so replicas take turns. */
@Entity({ tableName: 'number_series' })
export class NumberSeries {
  @PrimaryKey({ type: 'string', length: 20 })
  family!: PlateFamily;

  @Property({ type: 'integer' })
  series!: number;

  /** 0 before the first number of the series. */
  @Property({ type: 'integer' })
  number!: number;
}

/** Numbers the allocator never hands out: a whole series, or a range within every series. */
@Entity({ tableName: 'reserved_number' })
@Index({ properties: ['family'] })
export class ReservedNumber {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Enum({ items: [...PLATE_FAMILIES], type: 'string' })
  family!: PlateFamily;

  @Property({ type: 'integer', nullable: true })
  series?: number | null;

  @Property({ type: 'integer', nullable: true })
  fromNumber?: number | null;

  @Property({ type: 'integer', nullable: true })
  toNumber?: number | null;

  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
