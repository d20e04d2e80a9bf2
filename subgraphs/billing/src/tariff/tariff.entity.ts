import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TariffComponent, TariffCondition } from './tariff.enums';

/**
 * One fee line of a service (frais), XOF in whole francs, in force from a
 * date. Rows are never edited: a change is a new row with a later
 * `effectiveFrom`, so any past order can be re-priced as it was.
 */
@ObjectType('Tariff')
@Entity({ tableName: 'tariff' })
@Index({ properties: ['serviceCode', 'effectiveFrom'] })
export class Tariff {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 60 })
  serviceCode!: string;

  @Field(() => TariffComponent)
  @Enum({ items: () => TariffComponent, type: 'string', default: TariffComponent.SERVICE_FEE })
  component: TariffComponent = TariffComponent.SERVICE_FEE;

  @Field(() => TariffCondition)
  @Enum({ items: () => TariffCondition, type: 'string', default: TariffCondition.ALWAYS })
  condition: TariffCondition = TariffCondition.ALWAYS;

  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  label!: string;

  @Field(() => Int, { description: 'XOF, integer; negative for a reduction.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;
}
