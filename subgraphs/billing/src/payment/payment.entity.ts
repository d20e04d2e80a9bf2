import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PaymentProvider, PaymentPurpose, PaymentState, SettledVia } from './payment.enums';

/**
 * One attempt to pay (paiement): an order or a wallet top-up, through one
 * provider. The provider's transaction id is bound to exactly one payment
 * (unique), so a reference can never be presented for another order.
 */
@Directive('@key(fields: "id")')
@ObjectType('Payment')
@Entity({ tableName: 'payment' })
@Unique({ properties: ['provider', 'providerTransactionId'] })
@Index({ properties: ['status', 'createdAt'] })
export class Payment {
  [OptionalProps]?: 'status' | 'createdAt' | 'currency';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => PaymentPurpose)
  @Enum({ items: () => PaymentPurpose, type: 'string' })
  purpose!: PaymentPurpose;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  walletId?: string | null;

  /** The person, company or affiliate paying: only they (and staff) see the payment. */
  @Index()
  @Property({ type: 'uuid' })
  payerId!: string;

  @Field(() => Int, { description: 'XOF, fixed when the payment was started.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 3, default: 'XOF' })
  currency: string = 'XOF';

  @Field(() => PaymentProvider)
  @Enum({ items: () => PaymentProvider, type: 'string' })
  provider!: PaymentProvider;

  @Field(() => String, { nullable: true, description: 'The provider’s transaction id, once known.' })
  @Property({ type: 'string', length: 80, nullable: true })
  providerTransactionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the payer completes the payment.' })
  @Property({ type: 'text', nullable: true })
  redirectUrl?: string | null;

  @Field(() => PaymentState)
  @Enum({ items: () => PaymentState, type: 'string' })
  status: PaymentState = PaymentState.PENDING;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  settledAt?: Date | null;

  @Enum({ items: () => SettledVia, type: 'string', nullable: true })
  settledVia?: SettledVia | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  refundedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  refundReason?: string | null;
}
