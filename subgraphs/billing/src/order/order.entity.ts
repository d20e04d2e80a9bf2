import { Entity, Enum, Index, PrimaryKey, Property, Unique, OptionalProps } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OrderStatus } from './order.enums';

@ObjectType('OrderLine')
export class OrderLine {
  @Field(() => String)
  label!: string;

  @Field(() => Int, { description: 'XOF.' })
  amount!: number;
}

/** Commande: what a demand costs, line by line; belongs to its payer. */
@Directive('@key(fields: "id")')
@ObjectType('Order')
@Entity({ tableName: 'order' })
export class Order {
  [OptionalProps]?: 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'Human-readable order number.' })
  @Unique()
  @Property({ type: 'string', length: 24 })
  number!: string;

  /** The demand it pays for; null for a basket (panier), whose demands are its member orders'. */
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  demandId?: string | null;

  /** A demand's order gathered in a basket is paid through it (and not on its own). */
  @Field(() => ID, { nullable: true, description: 'The basket (panier) this order is paid through, if any.' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  basketId?: string | null;

  @Index()
  @Property({ type: 'uuid' })
  payerId!: string;

  /** The affiliate that filed the demand for its client: its members may pay from the affiliate's wallet. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  affiliateId?: string | null;

  @Field(() => [OrderLine])
  @Property({ type: 'json' })
  lines!: OrderLine[];

  @Field(() => Int, { description: 'XOF, sum of the lines.' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => OrderStatus)
  @Enum({ items: () => OrderStatus, type: 'string' })
  status: OrderStatus = OrderStatus.PENDING;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;
}
