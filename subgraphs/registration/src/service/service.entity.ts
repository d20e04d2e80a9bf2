import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Service', { description: 'A service of ANaTT (prestation); each demand is for one service.' })
@Entity({ tableName: 'service' })
export class Service {
  @Field(() => String, { description: 'Stable code, e.g. IMMATRICULATION_STANDARD.' })
  @PrimaryKey({ type: 'string', length: 60 })
  code!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'Nom officiel en français.' })
  @Property({ type: 'string', length: 160 })
  nameFr!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
