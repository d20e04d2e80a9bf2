import { Entity, OptionalProps, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { DateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { newId } from '@simveb/platform/ids';
import { Party } from '../party/party.type';

@Directive('@key(fields: "id")')
@ObjectType('Person', { implements: Party, description: 'A natural person, identified by the NPI (Numéro Personnel d’Identification) issued by ANIP.' })
@Entity({ tableName: 'person' })
export class Person implements Party {
  [OptionalProps]?: 'partyType' | 'fullName' | 'displayName' | 'createdAt';

  get partyType(): 'PERSON' {
    return 'PERSON';
  }

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String, { description: 'NPI: 10 digits.' })
  @Unique()
  @Property({ type: 'string', length: 10 })
  npi!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Field(() => DateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Commune de résidence (ANIP).' })
  @Property({ type: 'string', length: 60, nullable: true })
  commune?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => String)
  get fullName(): string {
    return `${this.firstName} ${this.lastName}`;
  }

  @Field(() => String)
  get displayName(): string {
    return this.fullName;
  }
}
