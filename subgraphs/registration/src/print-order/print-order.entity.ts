import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PrintOrderStatus {
  ORDERED = 'ORDERED',
  PRINTED = 'PRINTED',
  VALIDATED = 'VALIDATED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PrintOrderStatus, { name: 'PrintOrderStatus', description: 'Ordre d’impression: ordered, printed (printer), validated (ANaTT), delivered.' });

export enum PrintKind {
  PLATE_AND_CARD = 'PLATE_AND_CARD',
  CARD = 'CARD',
  PLATE = 'PLATE',
}
registerEnumType(PrintKind, { name: 'PrintKind', description: 'What the printer makes: plates (serial, RFID) and/or the gray card.' });

/**
 * What an approved printer must make for a validated demand. Each physical
 * plate's serial and RFID tag are unique in the register: a plate cannot be
 * declared twice, and the previous plate of a duplicate is known by its order.
 */
@ObjectType('PrintOrder')
@Entity({ tableName: 'print_order' })
@Index({ properties: ['status', 'printerAffiliateId'] })
export class PrintOrder {
  [OptionalProps]?: 'status' | 'orderedAt' | 'failedCodeAttempts';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Unique()
  @Property({ type: 'uuid' })
  demandId!: string;

  @Index()
  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Field(() => PrintKind)
  @Enum({ items: () => PrintKind, type: 'string' })
  kind!: PrintKind;

  @Field(() => ID, { nullable: true, description: 'The approved printer it was sent to; null: any approved printer may take it.' })
  @Property({ type: 'uuid', nullable: true })
  printerAffiliateId?: string | null;

  @Field(() => String, { description: 'Number to print on the plate and card.' })
  @Property({ type: 'string', length: 20 })
  plateNumber!: string;

  @Field(() => PrintOrderStatus)
  @Enum({ items: () => PrintOrderStatus, type: 'string' })
  status: PrintOrderStatus = PrintOrderStatus.ORDERED;

  @Field(() => String, { nullable: true, description: 'Serial engraved on the plate (numéro de série).' })
  @Unique()
  @Property({ type: 'string', length: 30, nullable: true })
  plateSerial?: string | null;

  @Field(() => String, { nullable: true, description: 'RFID tag (EPC) embedded in the plate.' })
  @Unique()
  @Property({ type: 'string', length: 32, nullable: true })
  rfidTag?: string | null;

  @Field(() => Int, { description: 'Wrong holder codes given by printers (5 lock the order).' })
  @Property({ type: 'integer', default: 0 })
  failedCodeAttempts: number = 0;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  orderedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  printedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  printedByAffiliateId?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  validatedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}
