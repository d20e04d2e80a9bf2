/**
 * Local stand-in for KKiaPay: the widget page (public key, amount, `data`),
 * the payment itself, the webhook with `x-kkiapay-secret` to
 * KKIAPAY_WEBHOOK_URL, and the server API (verify, revert) behind the private
 * key and secret. `POST /widget/pay` answers what the widget's JS callback
 * would receive: the transaction id.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import type { KkiapayTransaction, KkiapayWebhook } from './kkiapay.protocol';
import { deliverWebhook } from '../webhook-sender';
import { DEV_PROVIDER_SECRETS } from '../provider-config';

/** The widget's `callback`: an http(s) URL, or nothing. */
function callbackOf(raw: unknown): string | null {
  if (typeof raw !== 'string' || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
}

export function createSimulator(): http.Server {
  const publicKey = process.env.KKIAPAY_PUBLIC_KEY ?? DEV_PROVIDER_SECRETS.KKIAPAY_PUBLIC_KEY;
  const privateKey = process.env.KKIAPAY_PRIVATE_KEY ?? DEV_PROVIDER_SECRETS.KKIAPAY_PRIVATE_KEY;
  const secret = process.env.KKIAPAY_SECRET ?? DEV_PROVIDER_SECRETS.KKIAPAY_SECRET;
  const webhookUrl = process.env.KKIAPAY_WEBHOOK_URL;
  const transactions = new Map<string, KkiapayTransaction>();

  const app = express();
  app.use(express.json());
  app.use(express.urlencoded({ extended: false }));

  app.get('/widget', (req, res) => {
    if (req.query.key !== publicKey) {
      res.status(401).send('Clé publique invalide');
      return;
    }
    res.type('html').send(`<!doctype html><meta charset="utf-8"><title>KKiaPay (simulateur)</title>
<h1>Payer ${Number(req.query.amount)} FCFA</h1><form method="post" action="/widget/pay">
<input type="hidden" name="key" value="${String(req.query.key)}"><input type="hidden" name="amount" value="${Number(req.query.amount)}">
<input type="hidden" name="data" value="${String(req.query.data ?? '').replace(/[^A-Za-z0-9-]/g, '')}">
<input type="hidden" name="callback" value="${encodeURI(callbackOf(req.query.callback) ?? '')}">
<button name="outcome" value="success">Payer</button> <button name="outcome" value="failed">Échec</button></form>`);
  });
  app.post('/widget/pay', async (req, res) => {
    const b = req.body as { key?: string; amount?: unknown; data?: string; outcome?: string; webhook?: string; callback?: string };
    const amount = Number(b.amount);
    if (b.key !== publicKey || !Number.isInteger(amount) || amount <= 0) {
      res.status(400).json({ message: 'Paramètres du widget invalides' });
      return;
    }
    const success = b.outcome !== 'failed';
    const t: KkiapayTransaction = {
      transactionId: randomBytes(9).toString('base64url'),
      status: success ? 'SUCCESS' : 'FAILED',
      amount,
      fees: Math.round(amount * 0.019),
      source: 'MOBILE_MONEY',
      state: b.data ?? null,
      performed_at: new Date().toISOString(),
    };
    transactions.set(t.transactionId, t);
    let delivered: number | null = null;
    if (webhookUrl && b.webhook !== 'drop') {
      const hook: KkiapayWebhook = {
        transactionId: t.transactionId,
        isPaymentSucces: success,
        account: '22997000000',
        method: 'MOBILE_MONEY',
        amount,
        fees: t.fees,
        partnerId: null,
        failureCode: success ? null : 'insufficient_fund',
        failureMessage: success ? null : 'Solde insuffisant',
        event: success ? 'transaction.success' : 'transaction.failed',
        stateData: t.state,
      };
      delivered = await deliverWebhook(webhookUrl, JSON.stringify(hook), { 'x-kkiapay-secret': secret });
    }
    // A person paying on the widget page goes back to the merchant's callback, as KKiaPay's widget does.
    const back = callbackOf(b.callback);
    if (req.is('application/x-www-form-urlencoded') && back) {
      const url = new URL(back);
      url.searchParams.set('transaction_id', t.transactionId);
      url.searchParams.set('status', t.status);
      return void res.redirect(303, url.toString());
    }
    res.json({ transactionId: t.transactionId, status: t.status, webhookStatus: delivered });
  });

  const api = express.Router();
  api.use((req, res, next) => {
    if (req.header('x-api-key') !== publicKey || req.header('x-private-key') !== privateKey || req.header('x-secret-key') !== secret) {
      res.status(401).json({ status: 'UNAUTHORIZED', message: 'Clés API invalides' });
      return;
    }
    next();
  });
  api.post('/transactions/status', (req, res) => {
    const t = transactions.get(String((req.body as { transactionId?: string }).transactionId ?? ''));
    if (!t) {
      res.status(404).json({ status: 'TRANSACTION_NOT_FOUND' });
      return;
    }
    res.json(t);
  });
  api.post('/transactions/revert', (req, res) => {
    const t = transactions.get(String((req.body as { transactionId?: string }).transactionId ?? ''));
    if (!t || t.status !== 'SUCCESS') {
      res.status(t ? 409 : 404).json({ status: t ? 'NOT_REVERTIBLE' : 'TRANSACTION_NOT_FOUND' });
      return;
    }
    t.status = 'REVERTED';
    res.json({ code: 'SUCCESS', transactionId: t.transactionId });
  });
  app.use('/api/v1', api);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'kkiapay-simulator' });
  });
  return http.createServer(app);
}
