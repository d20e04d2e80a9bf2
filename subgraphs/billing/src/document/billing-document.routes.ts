import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Actor } from '@simveb/platform/auth/actor';
import type { TokenVerifier } from '@simveb/platform/auth/verify-token';
import { verifyUrlFor } from '@simveb/platform/documents/pdf-qr';
import { isUuid } from '@simveb/platform/ids';
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
  const authenticate = async (header: string | undefined): Promise<Actor | null> => deps.verify(header).catch(() => null);
  const refuse = (res: import('express').Response, actor: Actor | null) =>
    res.status(actor && actor.kind !== 'anonymous' ? 404 : 401).json({ error: 'No such document for you.', code: actor && actor.kind !== 'anonymous' ? 'NOT_FOUND' : 'UNAUTHENTICATED' });

  app.get('/documents/invoices/:file', async (req, res) => {
    const actor = await authenticate(req.header('authorization'));
    const id = req.params.file.replace(/\.pdf$/, '');
    const em = orm.em.fork();
    const invoice = isUuid(id) ? await em.findOne(Invoice, id) : null;
    const payment = invoice ? await em.findOne(Payment, invoice.paymentId) : null;
    if (!actor || !invoice || !payment || !canSeePayment(actor, payment)) return void refuse(res, actor);
    const order = await em.findOneOrFail(Order, invoice.orderId);
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
    res.type('application/pdf').set('content-disposition', `inline; filename="facture-${invoice.number}.pdf"`).send(Buffer.from(pdf));
  });

  app.get('/documents/receipts/:file', async (req, res) => {
    const actor = await authenticate(req.header('authorization'));
    const id = req.params.file.replace(/\.pdf$/, '');
    const em = orm.em.fork();
    const payment = isUuid(id) ? await em.findOne(Payment, id) : null;
    const paid = payment && [PaymentState.APPROVED, PaymentState.REFUND_PENDING, PaymentState.REFUNDED].includes(payment.status);
    if (!actor || !payment || !paid || !canSeePayment(actor, payment)) return void refuse(res, actor);
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
    res.type('application/pdf').set('content-disposition', `inline; filename="recu-${invoice?.number ?? payment.id}.pdf"`).send(Buffer.from(pdf));
  });

  app.get('/internal/documents/verify', async (req, res) => {
    if (req.header('x-internal-token') !== deps.internalToken) {
      res.status(401).json({ error: 'internal endpoint' });
      return;
    }
    res.json(await verifyBillingCode(orm.em.fork(), deps.signingSecret, String(req.query.code ?? '')));
  });
}
