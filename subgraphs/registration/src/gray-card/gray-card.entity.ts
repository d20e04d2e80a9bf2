import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum DocumentStatus {
  VALID = 'VALID',
  SUPERSEDED = 'SUPERSEDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  INVALID = 'INVALID',
}
registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  valuesConfig: {
    VALID: { description: 'In force.' },
    SUPERSEDED: { description: 'Replaced by a newer card (mutation, duplicate, transformation).' },
    REVOKED: { description: 'Withdrawn (or refunded, for invoices and receipts).' },
    EXPIRED: { description: 'Past its end of validity (authorisations).' },
    USED: { description: 'Sale declaration already used by a mutation.' },
    INVALID: { description: 'Not a code this register issued (forged or altered).' },
  },
});

/** Carte grise: the holder's title for a vehicle under a number. Never deleted; superseded by the next one. */
@ObjectType('GrayCard')
@Entity({ tableName: 'gray_card' })
@Index({ name: 'gray_card_one_valid_per_vehicle', expression: "create unique index gray_card_one_valid_per_vehicle on gray_card (vehicle_id) where status = 'VALID'" })
export class GrayCard {
  [OptionalProps]?: 'status' | 'issuedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'Card number, e.g. CG-2026-000042.' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  number!: string;

  @Index()
  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Property({ type: 'uuid' })
  holderId!: string;

  @Field(() => String, { description: 'The plate number printed on it.' })
  @Property({ type: 'string', length: 12 })
  plateNumber!: string;

  @Property({ type: 'uuid' })
  demandId!: string;

  @Field(() => DocumentStatus)
  @Enum({ items: () => DocumentStatus, type: 'string' })
  status: DocumentStatus = DocumentStatus.VALID;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  issuedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  supersededAt?: Date | null;
}
