import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Invoice } from '../invoice/invoice.entity';
import { Payment } from '../payment/payment.entity';
import { canSeePayment, recordCounterPayment } from '../payment/payment.service';
import { Order } from './order.entity';

@Resolver(() => Order)
export class OrderResolver {
  @Mutation(() => Order, { description: 'Staff: the order was paid at an ANaTT counter (receipt number from the till).' })
  async recordCounterPayment(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('receiptNumber', () => String) receiptNumber: string,
    @Ctx() ctx: Context,
  ): Promise<Order> {
    const order = await recordCounterPayment(ctx.em, ctx.actor, orderId, receiptNumber.slice(0, 60));
    ctx.runtime.relay.kick();
    return order;
  }

  @FieldResolver(() => [Payment], { description: 'Attempts to pay it, oldest first.' })
  async payments(@Root() order: Order, @Ctx() ctx: Context): Promise<Payment[]> {
    return (await ctx.loaders.paymentsByOrder.load(order.id)).filter((p) => canSeePayment(ctx.actor, p));
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice (facture), once paid.' })
  invoice(@Root() order: Order, @Ctx() ctx: Context): Promise<Invoice | null> {
    return ctx.loaders.invoiceByOrder.load(order.id);
  }
}
