import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { PaymentProvider } from './payment.enums';

/**
 * Every provider notification applied, keyed by the provider's own event id:
 * inserted in the transaction that applies it, so a redelivered event finds
 * its row and changes nothing.
 */
@Entity({ tableName: 'provider_event' })
export class ProviderEvent {
  [OptionalProps]?: 'receivedAt';

  @PrimaryKey({ type: 'string', length: 20 })
  provider!: PaymentProvider;

  @PrimaryKey({ type: 'string', length: 120 })
  eventId!: string;

  @Property({ type: 'string', length: 40 })
  outcome!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  receivedAt: Date = new Date();
}
