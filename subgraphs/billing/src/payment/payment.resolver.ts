import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireRole, requireSignedIn } from '@simveb/platform/auth/actor';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from '../context';
import { receiptCode } from '../document/billing-documents';
import { Order } from '../order/order.entity';
import { reconcile, ReconciliationReport } from '../reconciliation/reconcile';
import { PaymentAnomaly } from './payment-anomaly.entity';
import { Payment } from './payment.entity';
import { PaymentState } from './payment.enums';
import { ConfirmPaymentInput, InitiatePaymentInput } from './payment.inputs';
import { canSeePayment, confirmPayment, initiatePayment, refundPayment } from './payment.service';

@ObjectType('PaymentSession', { description: 'Where to send the payer to pay.' })
export class PaymentSession {
  @Field(() => Payment)
  payment!: Payment;

  @Field(() => String, { description: 'Provider’s checkout page (FedaPay) or widget (KKiaPay).' })
  redirectUrl!: string;
}

const PAID = new Set([PaymentState.APPROVED, PaymentState.REFUND_PENDING, PaymentState.REFUNDED]);

@Resolver(() => Payment)
export class PaymentResolver {
  @Mutation(() => PaymentSession, { description: 'Start paying an order online; returns the provider’s page. Only the order’s payer (or the affiliate that filed it).' })
  async initiatePayment(@Arg('input', () => InitiatePaymentInput) input: InitiatePaymentInput, @Ctx() ctx: Context): Promise<PaymentSession> {
    const payment = await initiatePayment(ctx.em, ctx.actor, ctx.services.gateways, input.orderId, input.provider);
    return { payment, redirectUrl: payment.redirectUrl! };
  }

  @Mutation(() => Payment, { description: 'Back from the provider: checks the transaction with the provider’s API (never the browser’s word).' })
  async confirmPayment(@Arg('input', () => ConfirmPaymentInput) input: ConfirmPaymentInput, @Ctx() ctx: Context): Promise<Payment> {
    const p = await confirmPayment(ctx.em, ctx.actor, ctx.services.gateways, input.paymentId, input.providerTransactionId ?? undefined);
    return p;
  }

  @Mutation(() => Payment, { description: 'Admin: refund an approved payment through its provider (audited). The order and its demand show REFUNDED.' })
  async refundPayment(@Arg('paymentId', () => ID) paymentId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<Payment> {
    const p = await refundPayment(ctx.em, ctx.actor, ctx.services.gateways, paymentId, reason.slice(0, 500));
    return p;
  }

  @Mutation(() => ReconciliationReport, { description: 'Admin: re-verify pending payments older than N minutes with their provider now (the periodic job does it too).' })
  async reconcilePayments(@Ctx() ctx: Context, @Arg('olderThanMinutes', () => Int, { defaultValue: 10 }) olderThanMinutes: number): Promise<ReconciliationReport> {
    requireRole(ctx.actor, ['ADMIN'], 'reconcile payments');
    const report = await reconcile(ctx.em, ctx.services.gateways, {
      olderThanMinutes: Math.max(0, Math.min(olderThanMinutes, 60 * 24 * 30)),
      expireAfterMinutes: ctx.services.reconcile.expireAfterMinutes,
    });
    return report;
  }

  @Query(() => Payment, { nullable: true, description: 'One payment: its payer and ANaTT staff.' })
  async payment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Payment | null> {
    requireSignedIn(ctx.actor);
    const p = isUuid(id) ? await ctx.em.findOne(Payment, id) : null;
    return p && canSeePayment(ctx.actor, p) ? p : null;
  }

  @Query(() => [PaymentAnomaly], { description: 'Finance: provider facts that did not match (newest first).' })
  paymentAnomalies(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<PaymentAnomaly[]> {
    requireRole(ctx.actor, ['ADMIN', 'SERVICE_HEAD'], 'read payment anomalies');
    return ctx.em.find(PaymentAnomaly, {}, { orderBy: { detectedAt: 'desc' }, limit: Math.max(1, Math.min(first, 200)) });
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() p: Payment, @Ctx() ctx: Context): Promise<Order | null> | null {
    return p.orderId ? ctx.loaders.order.load(p.orderId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The receipt (reçu) once paid: GET through the router.' })
  receiptPath(@Root() p: Payment): string | null {
    return PAID.has(p.status) ? `/documents/receipts/${p.id}.pdf` : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The code the receipt’s QR carries (for verifyDocument).' })
  receiptVerificationCode(@Root() p: Payment, @Ctx() ctx: Context): string | null {
    return PAID.has(p.status) ? receiptCode(ctx.services.signingSecret, p) : null;
  }
}
