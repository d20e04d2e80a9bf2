import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import type { Context } from '../context';
import { Order } from './order.entity';
import { recordCounterPayment } from './order.service';

@Resolver(() => Order)
export class OrderResolver {
  @Mutation(() => Order, { description: 'Staff: the order was paid at an ANaTT counter (receipt number from the till).' })
  recordCounterPayment(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('receiptNumber', () => String) receiptNumber: string,
    @Ctx() ctx: Context,
  ): Promise<Order> {
    return recordCounterPayment(ctx.em, ctx.actor, orderId, receiptNumber.slice(0, 60)).finally(() => ctx.relay.kick());
  }
}

export { MaxLength, MinLength };
