import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireSignedIn } from '@simveb/platform/auth/actor';
import type { Context } from '../context';
import { canSeePerson } from './person.access';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by id: yourself, or anyone for staff.' })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Person | null> {
    requireSignedIn(ctx.actor);
    if (!canSeePerson(ctx.actor, id)) return null;
    return ctx.loaders.person.load(id);
  }

  @Query(() => Person, { nullable: true, description: 'A person by NPI: yourself, or anyone for staff.' })
  async personByNpi(@Arg('npi', () => String) npi: string, @Ctx() ctx: Context): Promise<Person | null> {
    requireSignedIn(ctx.actor);
    if (!/^\d{10}$/.test(npi)) return null;
    const person = await ctx.em.findOne(Person, { npi });
    return person && canSeePerson(ctx.actor, person.id) ? person : null;
  }
}
