import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { hasRole, requireSignedIn } from '@simveb/platform/auth/actor';
import { Forbidden } from '@simveb/platform/errors';
import type { Context } from '../context';
import { Demand } from '../demand/demand.entity';
import { holderCode } from './holder-code';
import { PrintOrder, PrintOrderStatus } from './print-order.entity';

@Resolver(() => Demand)
export class DemandPrintResolver {
  @FieldResolver(() => PrintOrder, { nullable: true, description: 'Its print order, once ORDER_PRINT was done (printed demands).' })
  printOrder(@Root() demand: Demand, @Ctx() ctx: Context): Promise<PrintOrder | null> {
    return ctx.loaders.printOrder.load(demand.id);
  }
}

@Resolver(() => PrintOrder)
export class PrintOrderResolver {
  @Query(() => [PrintOrder], { description: 'Approved printers: print orders waiting for them (sent to them or to any printer), oldest first. Staff: all waiting.' })
  async printQueue(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<PrintOrder[]> {
    requireSignedIn(ctx.actor);
    const staff = hasRole(ctx.actor, 'ADMIN', 'DEMAND_MANAGER', 'SERVICE_HEAD');
    if (!staff && ctx.actor.affiliateKind !== 'PLATE_PRINTER') throw new Forbidden('Only approved printers and ANaTT see the print queue.');
    const mine = staff ? {} : { $or: [{ printerAffiliateId: ctx.actor.affiliateId }, { printerAffiliateId: null }] };
    return ctx.em.find(PrintOrder, { status: PrintOrderStatus.ORDERED, ...mine }, { orderBy: { orderedAt: 'asc' }, limit: Math.max(1, Math.min(first, 200)) });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The code to give the printer: shown to the holder (applicant) and ANaTT deciders, never to printers.' })
  async holderCode(@Root() order: PrintOrder, @Ctx() ctx: Context): Promise<string | null> {
    if (order.status !== PrintOrderStatus.ORDERED) return null;
    const demand = await ctx.loaders.demand.load(order.demandId);
    const applicant = demand && ctx.actor.kind === 'user' && !ctx.actor.affiliateId && ctx.actor.partyId === demand.applicantId;
    return applicant || hasRole(ctx.actor, 'ADMIN', 'DEMAND_MANAGER', 'SERVICE_HEAD') ? holderCode(ctx.services.signingSecret, order.id) : null;
  }

  @FieldResolver(() => Demand, { nullable: true, description: 'The demand (reference, vehicle) it prints for.' })
  demand(@Root() order: PrintOrder, @Ctx() ctx: Context): Promise<Demand | null> {
    return ctx.loaders.demand.load(order.demandId);
  }
}
