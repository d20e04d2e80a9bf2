import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id.' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.person.load(id);
  }
}
