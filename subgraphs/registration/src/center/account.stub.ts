import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Identity's account; this subgraph adds the centres a staff member works in. */
@Directive('@key(fields: "id")')
@ObjectType('Account')
export class AccountRef {
  @Field(() => ID)
  id!: string;

  constructor(id: string) {
    this.id = id;
  }
}
