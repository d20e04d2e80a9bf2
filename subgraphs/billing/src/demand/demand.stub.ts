import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Registration's demand; billing adds what it costs and whether it is paid. */
@Directive('@key(fields: "id")')
@ObjectType('Demand')
export class DemandRef {
  @Field(() => ID)
  id!: string;
}
