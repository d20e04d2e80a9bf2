import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { formatPlate } from './plate-number';

export enum PlateStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}
registerEnumType(PlateStatus, { name: 'PlateStatus' });

@ObjectType('Plate', { description: 'Numéro d’immatriculation (plaque).' })
@Entity({ tableName: 'plate' })
@Index({ name: 'plate_one_active_per_vehicle', expression: "create unique index plate_one_active_per_vehicle on plate (vehicle_id) where status = 'ACTIVE'" })
export class Plate {
  /** Computed from compactNumber, never written. */
  [OptionalProps]?: 'number';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** Compact form; a number is never handed out twice. */
  @Unique()
  @Property({ type: 'string', length: 12 })
  compactNumber!: string;

  @Property({ type: 'uuid' })
  vehicleId!: string;

  @Field(() => String, { nullable: true, description: 'Prestige label printed with the number (plaque personnalisée).' })
  @Index()
  @Property({ type: 'string', length: 8, nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true, description: 'Serial of the physical plate in use (from its print order).' })
  @Property({ type: 'string', length: 30, nullable: true })
  serial?: string | null;

  @Field(() => String, { nullable: true, description: 'RFID tag (EPC) of the physical plate in use.' })
  @Property({ type: 'string', length: 32, nullable: true })
  rfidTag?: string | null;

  @Field(() => PlateStatus)
  @Enum({ items: () => PlateStatus, type: 'string' })
  status: Opt<PlateStatus> = PlateStatus.ACTIVE;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  issuedAt: Opt<Date> = new Date();

  @Field(() => String, { description: 'As printed, e.g. "AB 1234 RB".' })
  get number(): string {
    return formatPlate(this.compactNumber);
  }
}
