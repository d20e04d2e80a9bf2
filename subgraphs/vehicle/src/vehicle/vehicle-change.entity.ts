import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType } from 'type-graphql';

/** One changed characteristic (transformation): the technical history, append-only. */
@ObjectType('VehicleChange')
@Entity({ tableName: 'vehicle_change' })
@Index({ properties: ['vehicleId', 'at'] })
export class VehicleChange {
  [OptionalProps]?: 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  field!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fromValue?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  toValue?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();
}
