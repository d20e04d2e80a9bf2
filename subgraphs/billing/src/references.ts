import type { ReferenceResolvers } from '@simveb/platform/graphql/build-subgraph-schema';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from './context';
import { DemandRef } from './demand/demand.stub';
import { Invoice } from './invoice/invoice.entity';
import { canSeeOrder } from './order/order.service';
import { Payment } from './payment/payment.entity';
import { canSeePayment } from './payment/payment.service';

/** Entities reached by id from other subgraphs: only what the caller may see. */
export const billingReferences: ReferenceResolvers = {
  Order: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const order = isUuid(ref.id) ? await ctx.loaders.order.load(ref.id) : null;
      return order && canSeeOrder(ctx.actor, order) ? order : null;
    },
  },
  Payment: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const p = isUuid(ref.id) ? await ctx.em.findOne(Payment, ref.id) : null;
      return p && canSeePayment(ctx.actor, p) ? p : null;
    },
  },
  Invoice: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const invoice = isUuid(ref.id) ? await ctx.em.findOne(Invoice, ref.id) : null;
      const order = invoice ? await ctx.loaders.order.load(invoice.orderId) : null;
      return invoice && order && canSeeOrder(ctx.actor, order) ? invoice : null;
    },
  },
  Demand: { __resolveReference: (ref: { id: string }) => Object.assign(new DemandRef(), { id: ref.id }) },
};
