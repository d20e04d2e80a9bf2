import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Parties are identity's entities: this subgraph knows only their ids. Party
 * is an @interfaceObject here, so holders and applicants can be returned
 * without knowing whether they are persons or companies, and the fields added
 * here (vehicles, demands) appear on Person and Company alike.
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
