import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Fee of a service (frais), XOF in whole francs, in force from a date. */
@ObjectType('Tariff')
@Entity({ tableName: 'tariff' })
@Index({ properties: ['serviceCode', 'effectiveFrom'] })
export class Tariff {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 60 })
  serviceCode!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  label!: string;

  @Field(() => Int, { description: 'XOF, integer.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;
}
