import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingVerification } from '@simveb/platform/documents/billing-verification';
import { readCode, signCode } from '@simveb/platform/documents/verification-code';
import { Invoice } from '../invoice/invoice.entity';
import { Order } from '../order/order.entity';
import { Payment } from '../payment/payment.entity';
import { PaymentState } from '../payment/payment.enums';

/** QR code kinds of billing's documents (registration forwards these to billing's verifier). */
export const INVOICE_KIND = 'FAC';
export const RECEIPT_KIND = 'REC';

export const invoiceCode = (secret: string, invoice: Invoice): string => signCode(secret, INVOICE_KIND, invoice.id);
export const receiptCode = (secret: string, payment: Payment): string => signCode(secret, RECEIPT_KIND, payment.id);

const INVALID: BillingVerification = { valid: false, status: 'INVALID', kind: null, number: null, issuedAt: null, amount: null, orderNumber: null };

/** What billing's books say of an invoice or receipt code; a refunded payment's documents are revoked. */
export async function verifyBillingCode(em: EntityManager, secret: string, code: string): Promise<BillingVerification> {
  const read = readCode(secret, code);
  if (!read) return INVALID;
  if (read.kind === INVOICE_KIND) {
    const invoice = await em.findOne(Invoice, read.id);
    if (!invoice) return INVALID;
    const [payment, order] = await Promise.all([em.findOne(Payment, invoice.paymentId), em.findOne(Order, invoice.orderId)]);
    const revoked = payment?.status === PaymentState.REFUNDED;
    return {
      valid: !revoked,
      status: revoked ? 'REVOKED' : 'VALID',
      kind: 'INVOICE',
      number: invoice.number,
      issuedAt: invoice.issuedAt.toISOString(),
      amount: invoice.total,
      orderNumber: order?.number ?? null,
    };
  }
  if (read.kind === RECEIPT_KIND) {
    const payment = await em.findOne(Payment, read.id);
    if (!payment || (payment.status !== PaymentState.APPROVED && payment.status !== PaymentState.REFUNDED && payment.status !== PaymentState.REFUND_PENDING)) return INVALID;
    const [invoice, order] = await Promise.all([em.findOne(Invoice, { paymentId: payment.id }), payment.orderId ? em.findOne(Order, payment.orderId) : null]);
    const revoked = payment.status === PaymentState.REFUNDED;
    return {
      valid: !revoked,
      status: revoked ? 'REVOKED' : 'VALID',
      kind: 'RECEIPT',
      number: invoice?.number ?? payment.id,
      issuedAt: (payment.settledAt ?? payment.createdAt).toISOString(),
      amount: payment.amount,
      orderNumber: order?.number ?? null,
    };
  }
  return INVALID;
}
