import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType } from 'type-graphql';

/** Immatriculation: a validated registration demand gave this vehicle this number and this holder. */
@ObjectType('Registration')
@Entity({ tableName: 'registration' })
export class Registration {
  [OptionalProps]?: 'registeredAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Unique()
  @Property({ type: 'uuid' })
  demandId!: string;

  @Index()
  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Property({ type: 'uuid' })
  holderId!: string;

  @Field(() => String, { description: 'The number allocated, e.g. "BA 0001 RB".' })
  @Property({ type: 'string', length: 12 })
  number!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  registeredAt: Date = new Date();
}
