import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ServiceRef } from './service.stub';
import { Tariff } from './tariff.entity';

@Resolver(() => Tariff)
export class TariffResolver {
  @Query(() => [Tariff], { description: 'Fees in force today, one per service and variation.' })
  async tariffs(@Ctx() ctx: Context): Promise<Tariff[]> {
    // The latest effective row per (service, label) is the one in force.
    const rows = await ctx.em.find(Tariff, { effectiveFrom: { $lte: new Date() } }, { orderBy: { serviceCode: 'asc', effectiveFrom: 'desc' } });
    const seen = new Set<string>();
    return rows.filter((t) => {
      const k = `${t.serviceCode}|${t.label}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  @FieldResolver(() => ServiceRef)
  service(@Root() tariff: Tariff): ServiceRef {
    return Object.assign(new ServiceRef(), { code: tariff.serviceCode });
  }
}
