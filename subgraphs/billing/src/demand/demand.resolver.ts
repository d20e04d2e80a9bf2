import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Order } from '../order/order.entity';
import { PAYMENT_STATUS_OF, PaymentStatus } from '../order/order.enums';
import { canSeeOrder } from '../order/order.service';
import { DemandRef } from './demand.stub';

@Resolver(() => DemandRef)
export class DemandRefResolver {
  @FieldResolver(() => Order, { nullable: true, description: 'The order to pay for this demand.' })
  async order(@Root() demand: DemandRef, @Ctx() ctx: Context): Promise<Order | null> {
    const order = await ctx.loaders.orderByDemand.load(demand.id);
    return order && canSeeOrder(ctx.actor, order) ? order : null;
  }

  @FieldResolver(() => PaymentStatus, { nullable: true, description: 'Null while no order exists.' })
  async paymentStatus(@Root() demand: DemandRef, @Ctx() ctx: Context): Promise<PaymentStatus | null> {
    const order = await ctx.loaders.orderByDemand.load(demand.id);
    return order && canSeeOrder(ctx.actor, order) ? PAYMENT_STATUS_OF[order.status] : null;
  }
}
