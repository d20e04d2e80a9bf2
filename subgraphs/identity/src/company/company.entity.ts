import { Entity, OptionalProps, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { newId } from '@simveb/platform/ids';
import { Party } from '../party/party.type';

@Directive('@key(fields: "id")')
@ObjectType('Company', { implements: Party, description: 'A legal entity (personne morale), identified by its IFU (Identifiant Fiscal Unique) at DGI.' })
@Entity({ tableName: 'company' })
export class Company implements Party {
  [OptionalProps]?: 'partyType' | 'displayName' | 'createdAt';

  get partyType(): 'COMPANY' {
    return 'COMPANY';
  }

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'IFU: 13 digits.' })
  @Unique()
  @Property({ type: 'string', length: 13 })
  ifu!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'RCCM: trade and personal property credit register number.' })
  @Property({ type: 'string', length: 50, nullable: true })
  rccm?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => String)
  get displayName(): string {
    return this.name;
  }
}
