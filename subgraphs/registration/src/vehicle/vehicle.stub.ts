import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The vehicle subgraph's entity; this subgraph adds the legal facts (plate, holder). */
@Directive('@key(fields: "id")')
@ObjectType('Vehicle')
export class VehicleRef {
  @Field(() => ID)
  id!: string;

  constructor(id: string) {
    this.id = id;
  }
}
