import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TokenVerifier } from '@simveb/platform/auth/verify-token';
import { verifyUrlFor } from '@simveb/platform/documents/pdf-qr';
import { pdfRoute } from '@simveb/platform/documents/pdf-route';
import { Invoice } from '../invoice/invoice.entity';
import { Order } from '../order/order.entity';
import { Payment } from '../payment/payment.entity';
import { PaymentProvider, PaymentPurpose, PaymentState } from '../payment/payment.enums';
import { canSeePayment } from '../payment/payment.service';
import { renderFactsDocument } from '@simveb/platform/documents/facts-pdf';
import { invoiceCode, receiptCode, verifyBillingCode } from './billing-documents';

export interface BillingDocumentDeps {
  verify: TokenVerifier;
  signingSecret: string;
  publicVerifyUrl: string;
  internalToken: string;
}

const PROVIDERS: Record<PaymentProvider, string> = { FEDAPAY: 'FedaPay', KKIAPAY: 'KKiaPay', WALLET: 'Portefeuille affilié', COUNTER: 'Guichet ANaTT' };

/**
 * GET /documents/invoices/:id.pdf and /documents/receipts/:paymentId.pdf for
 * the payer and ANaTT staff (others get 404), and the internal verifier that
 * registration's public verifyDocument forwards billing's codes to.
 */
export function billingDocumentRoutes(app: Express, orm: MikroORM, deps: BillingDocumentDeps): void {
  pdfRoute(
    app,
    '/documents/invoices',
    deps.verify,
    async (id, actor) => {
      const em = orm.em.fork();
      const invoice = await em.findOne(Invoice, id);
      const payment = invoice ? await em.findOne(Payment, invoice.paymentId) : null;
      return invoice && payment && canSeePayment(actor, payment) ? { invoice, payment, order: await em.findOneOrFail(Order, invoice.orderId) } : null;
    },
    async ({ invoice, payment, order }) => {
      const code = invoiceCode(deps.signingSecret, invoice);
      const pdf = await renderFactsDocument({
        title: 'FACTURE',
        number: invoice.number,
        issuedAt: invoice.issuedAt,
        rows: [
          ['Commande', order.number],
          order.demandId ? ['Demande', order.demandId] : ['Panier', `${order.lines.length} ligne(s)`],
          ['Payé par', PROVIDERS[payment.provider]],
          ['Statut', payment.status === PaymentState.REFUNDED ? 'Remboursée' : 'Payée'],
        ],
        lines: invoice.lines,
        total: invoice.total,
        verificationCode: code,
        verifyUrl: verifyUrlFor(deps.publicVerifyUrl, code),
      });
      return { pdf, fileName: `facture-${invoice.number}.pdf` };
    },
  );

  pdfRoute(
    app,
    '/documents/receipts',
    deps.verify,
    async (id, actor) => {
      const payment = await orm.em.fork().findOne(Payment, id);
      const paid = payment && [PaymentState.APPROVED, PaymentState.REFUND_PENDING, PaymentState.REFUNDED].includes(payment.status);
      return payment && paid && canSeePayment(actor, payment) ? payment : null;
    },
    async (payment) => {
      const em = orm.em.fork();
      const [invoice, order] = await Promise.all([em.findOne(Invoice, { paymentId: payment.id }), payment.orderId ? em.findOne(Order, payment.orderId) : null]);
      const code = receiptCode(deps.signingSecret, payment);
      const pdf = await renderFactsDocument({
        title: 'REÇU DE PAIEMENT',
        number: invoice?.number ?? payment.id.slice(0, 18),
        issuedAt: payment.settledAt ?? payment.createdAt,
        rows: [
          ['Objet', payment.purpose === PaymentPurpose.WALLET_TOP_UP ? 'Recharge du portefeuille' : `Commande ${order?.number ?? ''}`],
          ['Moyen de paiement', PROVIDERS[payment.provider]],
          ['Référence opérateur', payment.providerTransactionId ?? '—'],
          ['Statut', payment.status === PaymentState.REFUNDED ? 'Remboursé' : 'Payé'],
        ],
        lines: order && payment.purpose === PaymentPurpose.ORDER ? order.lines : [{ label: 'Recharge', amount: payment.amount }],
        total: payment.amount,
        verificationCode: code,
        verifyUrl: verifyUrlFor(deps.publicVerifyUrl, code),
      });
      return { pdf, fileName: `recu-${invoice?.number ?? payment.id}.pdf` };
    },
  );

  app.get('/internal/documents/verify', async (req, res) => {
    if (req.header('x-internal-token') !== deps.internalToken) {
      res.status(401).json({ error: 'internal endpoint' });
      return;
    }
    res.json(await verifyBillingCode(orm.em.fork(), deps.signingSecret, String(req.query.code ?? '')));
  });
}
