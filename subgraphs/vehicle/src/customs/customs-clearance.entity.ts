import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Dédouanement: the customs declaration an imported vehicle was cleared with. */
@Directive('@key(fields: "id")')
@ObjectType('CustomsClearance')
@Entity({ tableName: 'customs_clearance' })
export class CustomsClearance {
  [OptionalProps]?: 'verifiedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  // Exposed through CustomsClearanceResolver.reference: the same rule as Vehicle.customsReference.
  @Unique()
  @Property({ type: 'string', length: 40 })
  reference!: string;

  @Unique()
  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Field(() => String, { description: 'Bureau de douane.' })
  @Property({ type: 'string', length: 100 })
  office!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  declaredAt!: Date;

  @Field(() => Boolean, { description: 'Droits et taxes acquittés.' })
  @Property({ type: 'boolean' })
  dutiesPaid!: boolean;

  @Field(() => Int, { description: 'XOF.' })
  @Property({ type: 'integer' })
  dutiesAmount!: number;

  @Field(() => Date, { description: 'When customs last confirmed this.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  verifiedAt: Date = new Date();
}
