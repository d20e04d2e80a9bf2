import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType } from 'type-graphql';
import { DemandAction, DemandStatus } from './demand.enums';

/** Append-only audit trail of a demand (historique): who did what, when, from, to, why. */
@ObjectType('DemandHistoryEntry')
@Entity({ tableName: 'demand_event' })
@Index({ properties: ['demandId', 'at'] })
export class DemandEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  demandId!: string;

  @Field(() => DemandAction)
  @Enum({ items: () => DemandAction, type: 'string' })
  action!: DemandAction;

  @Field(() => DemandStatus, { nullable: true })
  @Enum({ items: () => DemandStatus, type: 'string', nullable: true })
  fromStatus?: DemandStatus | null;

  @Field(() => DemandStatus)
  @Enum({ items: () => DemandStatus, type: 'string' })
  toStatus!: DemandStatus;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();
}
