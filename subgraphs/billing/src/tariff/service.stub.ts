import { Directive, Field, ObjectType } from 'type-graphql';

/** Registration's service catalogue entry; billing knows its code. */
@Directive('@key(fields: "code")')
@ObjectType('Service')
export class ServiceRef {
  @Field(() => String)
  code!: string;
}
