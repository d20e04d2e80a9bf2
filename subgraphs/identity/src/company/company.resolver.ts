import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireSignedIn } from '@simveb/platform/auth/actor';
import type { Context } from '../context';
import { Company } from './company.entity';
import { registerCompany } from './company.service';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: 'A company by id.' })
  company(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Company | null> {
    requireSignedIn(ctx.actor);
    return ctx.loaders.company.load(id);
  }

  @Mutation(() => Company, { description: 'Register a company from its IFU; name and RCCM come from DGI (staff).' })
  registerCompany(@Arg('ifu', () => String) ifu: string, @Ctx() ctx: Context): Promise<Company> {
    return registerCompany(ctx.em, ctx.actor, ctx.services.companies, ifu);
  }
}
