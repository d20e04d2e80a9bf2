import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum EncumbranceKind {
  PLEDGE = 'PLEDGE',
  OPPOSITION = 'OPPOSITION',
  TITLE_DEPOSIT = 'TITLE_DEPOSIT',
}
registerEnumType(EncumbranceKind, {
  name: 'EncumbranceKind',
  valuesConfig: {
    PLEDGE: { description: 'Gage: the vehicle secures a loan.' },
    OPPOSITION: { description: 'Opposition: a court blocks transfers.' },
    TITLE_DEPOSIT: { description: 'Dépôt de titre: the gray card is deposited (vehicle off the road) until recovered.' },
  },
});

/** What weighs on a vehicle: a pledge or an opposition, from the validation of its demand to its lift. */
@ObjectType('Encumbrance')
@Entity({ tableName: 'encumbrance' })
@Index({ name: 'encumbrance_active_by_vehicle', expression: 'create index encumbrance_active_by_vehicle on encumbrance (vehicle_id) where lifted_at is null' })
export class Encumbrance {
  [OptionalProps]?: 'since' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Field(() => EncumbranceKind)
  @Enum({ items: () => EncumbranceKind, type: 'string' })
  kind!: EncumbranceKind;

  /** The demand whose validation recorded it. */
  @Property({ type: 'uuid' })
  demandId!: string;

  @Field(() => String, { description: 'Reference of the demand that recorded it.' })
  @Property({ type: 'string', length: 20 })
  reference!: string;

  /** Pledges: the lending bank or dealer (affiliate) — the only one who may lift it. */
  @Field(() => ID, { nullable: true, description: 'Pledges: the lender (affiliate id).' })
  @Property({ type: 'uuid', nullable: true })
  lenderAffiliateId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  since: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  liftedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  liftedByDemandId?: string | null;

  @Field(() => Boolean)
  get active(): boolean {
    return !this.liftedAt;
  }
}
