import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OrderLine } from '../order/order.entity';

/**
 * Facture: issued in the transaction that records the payment, numbered
 * FAC-<year>-<n> with n gap-free within the year (a legal requirement).
 */
@Directive('@key(fields: "id")')
@ObjectType('Invoice')
@Entity({ tableName: 'invoice' })
@Unique({ properties: ['year', 'sequence'] })
export class Invoice {
  [OptionalProps]?: 'issuedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'FAC-2026-000001.' })
  @Unique()
  @Property({ type: 'string', length: 24 })
  number!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  sequence!: number;

  @Unique()
  @Property({ type: 'uuid' })
  orderId!: string;

  @Unique()
  @Property({ type: 'uuid' })
  paymentId!: string;

  @Index()
  @Property({ type: 'uuid' })
  payerId!: string;

  @Field(() => [OrderLine])
  @Property({ type: 'json' })
  lines!: OrderLine[];

  @Field(() => Int, { description: 'XOF.' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  issuedAt: Date = new Date();
}

/** Last invoice number of each year; its row lock serialises numbering until the payment commits. */
@Entity({ tableName: 'invoice_counter' })
export class InvoiceCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
