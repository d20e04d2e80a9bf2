import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '@simveb/platform/ids';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType('Brand', { description: 'Marque (make).' })
@Entity({ tableName: 'brand' })
export class Brand {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 80 })
  name!: string;
}
