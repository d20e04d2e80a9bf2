import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireSignedIn } from '@simveb/platform/auth/actor';
import type { Context } from '../context';
import { Company } from './company.entity';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: 'A company by id.' })
  company(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Company | null> {
    requireSignedIn(ctx.actor);
    return ctx.loaders.company.load(id);
  }
}
