import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { boundList, UNPAGED_LIST_BOUND } from '@simveb/platform/graphql/list-bound';
import type { Context } from '../context';
import { Invoice } from '../invoice/invoice.entity';
import { Payment } from '../payment/payment.entity';
import { canSeePayment, recordCounterPayment } from '../payment/payment.service';
import { Order } from './order.entity';
import { createBasket, dissolveBasket } from './basket.service';

@Resolver(() => Order)
export class OrderResolver {
  @Mutation(() => Order, { description: 'Staff: the order was paid at an ANaTT counter (receipt number from the till).' })
  async recordCounterPayment(@Arg('orderId', () => ID) orderId: string, @Arg('receiptNumber', () => String) receiptNumber: string, @Ctx() ctx: Context): Promise<Order> {
    const order = await recordCounterPayment(ctx.em, ctx.actor, orderId, receiptNumber.slice(0, 60));
    return order;
  }

  @Mutation(() => Order, { description: 'Panier: gather 2–50 of your unpaid orders into one order, paid at once (initiatePayment on the basket).' })
  createBasket(@Arg('orderIds', () => [ID]) orderIds: string[], @Ctx() ctx: Context): Promise<Order> {
    return createBasket(ctx.em, ctx.actor, orderIds);
  }

  @Mutation(() => Order, { description: 'Take an unpaid basket apart: its orders are payable on their own again.' })
  dissolveBasket(@Arg('basketId', () => ID) basketId: string, @Ctx() ctx: Context): Promise<Order> {
    return dissolveBasket(ctx.em, ctx.actor, basketId);
  }

  @FieldResolver(() => [Order], { description: 'A basket’s orders (empty for a demand’s order).' })
  async members(@Root() order: Order, @Ctx() ctx: Context): Promise<Order[]> {
    return order.demandId ? [] : ctx.em.find(Order, { basketId: order.id }, { orderBy: { number: 'asc' }, limit: UNPAGED_LIST_BOUND });
  }

  @FieldResolver(() => [Payment], { description: 'Attempts to pay it, oldest first.' })
  async payments(@Root() order: Order, @Ctx() ctx: Context): Promise<Payment[]> {
    return boundList(
      (await ctx.loaders.paymentsByOrder.load(order.id)).filter((p) => canSeePayment(ctx.actor, p)),
      'oldest-first',
    );
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice (facture), once paid; a basket’s orders share the basket’s.' })
  invoice(@Root() order: Order, @Ctx() ctx: Context): Promise<Invoice | null> {
    return ctx.loaders.invoiceByOrder.load(order.basketId ?? order.id);
  }
}
