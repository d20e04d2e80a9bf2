import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AnomalyKind, PaymentProvider } from './payment.enums';

/** A provider fact that did not match what SIMVEB expected: flagged, never applied. */
@ObjectType('PaymentAnomaly')
@Entity({ tableName: 'payment_anomaly' })
@Index({ properties: ['detectedAt'] })
export class PaymentAnomaly {
  [OptionalProps]?: 'detectedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => AnomalyKind)
  @Enum({ items: () => AnomalyKind, type: 'string' })
  kind!: AnomalyKind;

  @Field(() => PaymentProvider)
  @Enum({ items: () => PaymentProvider, type: 'string' })
  provider!: PaymentProvider;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  providerTransactionId?: string | null;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'What SIMVEB expected (XOF).' })
  @Property({ type: 'integer', nullable: true })
  expectedAmount?: number | null;

  @Field(() => Int, { nullable: true, description: 'What the provider reported (XOF).' })
  @Property({ type: 'integer', nullable: true })
  reportedAmount?: number | null;

  @Field(() => String, { description: 'WEBHOOK, RECONCILIATION or CLIENT_CONFIRMATION.' })
  @Property({ type: 'string', length: 30 })
  source!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  detectedAt: Date = new Date();
}
