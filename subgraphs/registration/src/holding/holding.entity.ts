import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { newId } from '@simveb/platform/ids';

export enum HolderKind {
  PERSON = 'PERSON',
  COMPANY = 'COMPANY',
}

/**
 * Who holds which vehicle, from when to when (titulaire). The open row
 * (ended_at null) is the current legal holder; there is at most one.
 */
@ObjectType('Holding', { description: 'Who held the vehicle (titulaire), from when to when.' })
@Entity({ tableName: 'holding' })
@Index({ name: 'holding_one_current_per_vehicle', expression: 'create unique index holding_one_current_per_vehicle on holding (vehicle_id) where ended_at is null' })
@Index({ name: 'holding_current_by_holder', expression: 'create index holding_current_by_holder on holding (holder_id, vehicle_id) where ended_at is null' })
export class Holding {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Property({ type: 'uuid' })
  holderId!: string;

  /** Known when the filer said so; identity is the authority (Party resolves to Person or Company). */
  @Enum({ items: () => HolderKind, type: 'string', nullable: true })
  holderKind?: HolderKind | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  startedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'Null for the current holder.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null = null;
}
