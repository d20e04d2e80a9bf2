import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Brand } from '../catalogue/brand.entity';
import { Energy, VehicleCategory, VehicleOrigin } from '../catalogue/catalogue.enums';
import { VehicleModel } from '../catalogue/vehicle-model.entity';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "vin")')
@ObjectType('Vehicle', { description: 'A vehicle of the technical register: what it is. Who holds it is the registration subgraph’s fact.' })
@Entity({ tableName: 'vehicle' })
@Index({ properties: ['category', 'year'] })
export class Vehicle {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'Numéro de châssis / VIN (ISO 3779), upper case.' })
  @Unique()
  @Property({ type: 'string', length: 17 })
  vin!: string;

  @Index()
  @ManyToOne(() => Brand, { ref: true })
  brand!: Ref<Brand>;

  @Index()
  @ManyToOne(() => VehicleModel, { ref: true })
  model!: Ref<VehicleModel>;

  @Field(() => VehicleCategory, { description: 'Genre.' })
  @Enum({ items: () => VehicleCategory, type: 'string', nativeEnumName: undefined })
  category!: VehicleCategory;

  @Field(() => Energy, { nullable: true })
  @Enum({ items: () => Energy, type: 'string', nullable: true })
  energy?: Energy | null;

  @Field(() => String, { nullable: true, description: 'Couleur.' })
  @Property({ type: 'string', length: 40, nullable: true })
  color?: string | null;

  @Field(() => Int, { nullable: true, description: 'Model year (année modèle).' })
  @Property({ type: 'smallint', nullable: true })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de places.' })
  @Property({ type: 'smallint', nullable: true })
  seats?: number | null;

  @Property({ type: 'string', length: 40, nullable: true })
  engineNumber?: string | null;

  @Field(() => Int, { nullable: true, description: 'Poids à vide (kg).' })
  @Property({ type: 'integer', nullable: true })
  emptyWeightKg?: number | null;

  @Field(() => Int, { nullable: true, description: 'Poids total autorisé en charge, PTAC (kg).' })
  @Property({ type: 'integer', nullable: true })
  grossWeightKg?: number | null;

  @Field(() => Date, { nullable: true, description: 'Date de première mise en circulation.' })
  @Property({ type: 'datetime', nullable: true })
  firstCirculationAt?: Date | null;

  @Field(() => VehicleOrigin)
  @Enum({ items: () => VehicleOrigin, type: 'string' })
  origin: Opt<VehicleOrigin> = VehicleOrigin.IMPORTED;

  @Property({ type: 'string', length: 40, nullable: true })
  customsReference?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
