import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ServiceCode } from './service-policy';

@Directive('@key(fields: "code")')
@ObjectType('Service', { description: 'A service of ANaTT (prestation); each demand is for one service.' })
@Entity({ tableName: 'service' })
export class Service {
  [OptionalProps]?: 'totalTargetHours' | 'active' | 'needsInterpolCheck' | 'needsPrinting' | 'needsVehicle' | 'requiredDocuments' | 'targetHours' | 'feeDue';

  @Field(() => String, { description: 'Stable code, e.g. IMMATRICULATION_STANDARD.' })
  @PrimaryKey({ type: 'string', length: 60 })
  code!: ServiceCode;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'Nom officiel en français.' })
  @Property({ type: 'string', length: 160 })
  nameFr!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => [String], { description: 'Pièces à fournir: document types a demand needs before it is submitted.' })
  @Property({ type: 'text[]', default: '{}' })
  requiredDocuments: string[] = [];

  @Field(() => GraphQLJSONObject, { description: 'Target treatment time per status, in hours (délai de traitement).' })
  @Property({ type: 'json' })
  targetHours: Record<string, number> = {};

  @Field(() => Boolean, { description: 'Registrations: stolen-vehicle check with Interpol before pre-validation.' })
  @Property({ type: 'boolean', default: false })
  needsInterpolCheck: boolean = false;

  @Field(() => Boolean, { description: 'A plate or card is printed after validation.' })
  @Property({ type: 'boolean', default: false })
  needsPrinting: boolean = false;

  @Field(() => Boolean, { description: 'The demand concerns one vehicle.' })
  @Property({ type: 'boolean', default: true })
  needsVehicle: boolean = true;

  @Field(() => Boolean, { description: 'A fee is paid before treatment (the demand waits in AWAITING_PAYMENT).' })
  @Property({ type: 'boolean', default: true })
  feeDue: boolean = true;

  @Field(() => Int, { description: 'Total target time, hours.' })
  get totalTargetHours(): number {
    return Object.values(this.targetHours).reduce((a, b) => a + b, 0);
  }
}
