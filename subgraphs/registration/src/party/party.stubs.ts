import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Parties are identity's entities: this subgraph knows only their ids. Party
 * is an @interfaceObject here, so holders and applicants can be returned
 * without knowing whether they are persons or companies.
 */
@Directive('@interfaceObject')
@Directive('@key(fields: "id")')
@ObjectType('Party')
export class PartyRef {
  @Field(() => ID)
  id!: string;

  constructor(id: string) {
    this.id = id;
  }
}

@Directive('@key(fields: "id")')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Company')
export class CompanyRef {
  @Field(() => ID)
  id!: string;
}
