import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Brand } from './brand.entity';
import { VehicleCategory } from './catalogue.enums';

@Directive('@key(fields: "id")')
@ObjectType('VehicleModel', { description: 'Modèle (model) of a brand.' })
@Entity({ tableName: 'vehicle_model' })
@Unique({ properties: ['brand', 'name'] })
export class VehicleModel {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Index()
  @ManyToOne(() => Brand, { ref: true })
  brand!: Ref<Brand>;

  @Field(() => VehicleCategory, { description: 'Usual category of this model.' })
  @Property({ type: 'string', length: 20 })
  category!: VehicleCategory;
}
