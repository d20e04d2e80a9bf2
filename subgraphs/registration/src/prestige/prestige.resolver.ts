import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireSignedIn } from '@simveb/platform/auth/actor';
import type { Context } from '../context';
import { suggestNumbers } from './prestige.service';

@ObjectType('NumberSuggestions', { description: 'Free prestige numbers (or labels) near what was asked.' })
export class NumberSuggestionsType {
  @Field(() => String, { description: 'What was asked, normalised.' })
  requested!: string;

  @Field(() => Boolean, { description: 'Whether exactly that is free now.' })
  available!: boolean;

  @Field(() => [String], { description: 'Free ones, closest first (same digits in other series, then neighbours).' })
  suggestions!: string[];
}

@Resolver()
export class PrestigeResolver {
  @Query(() => NumberSuggestionsType, { description: 'Prestige numbers (0001–0099 of a series, e.g. "AB 7" or "7") or labels ("KOFFI") free to ask for now.' })
  suggestNumbers(@Arg('wanted', () => String) wanted: string, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 10 }) first: number): Promise<NumberSuggestionsType> {
    requireSignedIn(ctx.actor);
    return suggestNumbers(ctx.em, wanted.slice(0, 20), first);
  }
}
