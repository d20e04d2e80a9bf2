/**
 * Local stand-in for FedaPay's sandbox: the v1 transaction API (Bearer secret
 * key), the hosted checkout page where the payer approves or declines, signed
 * webhooks (`X-FEDAPAY-SIGNATURE`) to FEDAPAY_WEBHOOK_URL, and payouts for
 * refunds. `POST /checkout/:token` with `{"outcome":"approved","webhook":"drop"}`
 * approves without notifying (a lost webhook, for reconciliation tests).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { signFedapay } from './fedapay.signature';
import type { FedapayEvent, FedapayTransaction } from './fedapay.protocol';
import { deliverWebhook } from '../webhook-sender';
import { DEV_PROVIDER_SECRETS } from '../provider-config';

export function createSimulator(): http.Server {
  const secretKey = process.env.FEDAPAY_SECRET_KEY ?? DEV_PROVIDER_SECRETS.FEDAPAY_SECRET_KEY;
  const webhookSecret = process.env.FEDAPAY_WEBHOOK_SECRET ?? DEV_PROVIDER_SECRETS.FEDAPAY_WEBHOOK_SECRET;
  const webhookUrl = process.env.FEDAPAY_WEBHOOK_URL;
  // Ids keep growing across restarts, as the real ones do.
  let nextId = Date.now();
  const transactions = new Map<number, FedapayTransaction & { customer_phone: string }>();
  const tokens = new Map<string, number>();
  const payouts = new Map<number, { id: number; amount: number; status: string; customer_id: number | null }>();

  const app = express();
  app.use(express.json());
  app.use(express.urlencoded({ extended: false }));
  const base = (req: express.Request) => `${req.protocol}://${req.get('host')}`;

  const api = express.Router();
  api.use((req, res, next) => {
    if (req.header('authorization') !== `Bearer ${secretKey}`) {
      res.status(401).json({ message: 'Clé API invalide', error: 'unauthorized' });
      return;
    }
    next();
  });
  api.post('/transactions', (req, res) => {
    const b = req.body as { description?: string; amount?: unknown; currency?: { iso?: string }; callback_url?: string; custom_metadata?: Record<string, string> };
    if (!Number.isInteger(b.amount) || (b.amount as number) <= 0 || b.currency?.iso !== 'XOF') {
      res.status(422).json({ message: 'Montant ou devise invalide', errors: { amount: ['invalid'] } });
      return;
    }
    const id = nextId++;
    const t = {
      id,
      reference: `trx_${randomBytes(6).toString('hex')}`,
      description: b.description ?? '',
      amount: b.amount as number,
      status: 'pending' as const,
      currency: { iso: 'XOF' },
      callback_url: b.callback_url ?? null,
      custom_metadata: b.custom_metadata ?? null,
      customer_id: 1000 + (id % 1000),
      customer_phone: '+22997000000',
      created_at: new Date().toISOString(),
      approved_at: null,
    };
    transactions.set(id, t);
    res.status(201).json({ 'v1/transaction': publicView(t) });
  });
  api.post('/transactions/:id/token', (req, res) => {
    const t = transactions.get(Number(req.params.id));
    if (!t) {
      res.status(404).json({ message: 'Transaction introuvable' });
      return;
    }
    const token = randomBytes(16).toString('hex');
    tokens.set(token, t.id);
    res.json({ token, url: `${base(req)}/checkout/${token}` });
  });
  api.get('/transactions/:id', (req, res) => {
    const t = transactions.get(Number(req.params.id));
    if (!t) {
      res.status(404).json({ message: 'Transaction introuvable' });
      return;
    }
    res.json({ 'v1/transaction': publicView(t) });
  });
  api.post('/payouts', (req, res) => {
    const b = req.body as { amount?: number; customer?: { id?: number } };
    const id = nextId++;
    payouts.set(id, { id, amount: Number(b.amount), status: 'pending', customer_id: b.customer?.id ?? null });
    res.status(201).json({ 'v1/payout': payouts.get(id) });
  });
  api.put('/payouts/start', (req, res) => {
    const ids = ((req.body as { payouts?: { id: number }[] }).payouts ?? []).map((p) => p.id);
    const started = ids.map((id) => payouts.get(id)).filter((p) => p != null);
    if (started.length !== ids.length) {
      res.status(404).json({ message: 'Payout introuvable' });
      return;
    }
    for (const p of started) p.status = 'sent';
    res.json({ 'v1/payouts': started });
  });
  app.use('/v1', api);

  app.get('/checkout/:token', (req, res) => {
    const t = transactions.get(tokens.get(req.params.token) ?? -1);
    if (!t) {
      res.status(404).send('Lien de paiement invalide');
      return;
    }
    res.type('html').send(`<!doctype html><meta charset="utf-8"><title>FedaPay (simulateur)</title>
<h1>Paiement de ${t.amount} FCFA</h1><p>${t.description}</p>
<form method="post"><button name="outcome" value="approved">Payer</button> <button name="outcome" value="declined">Refuser</button> <button name="outcome" value="canceled">Annuler</button></form>`);
  });
  app.post('/checkout/:token', async (req, res) => {
    const t = transactions.get(tokens.get(req.params.token) ?? -1);
    if (!t) {
      res.status(404).json({ message: 'Lien de paiement invalide' });
      return;
    }
    if (t.status !== 'pending') {
      res.status(409).json({ message: `Transaction déjà ${t.status}` });
      return;
    }
    const b = req.body as { outcome?: string; webhook?: string; amount?: number };
    const outcome = b.outcome === 'declined' || b.outcome === 'canceled' ? b.outcome : 'approved';
    t.status = outcome;
    if (outcome === 'approved') t.approved_at = new Date().toISOString();
    let delivered: number | null = null;
    if (webhookUrl && b.webhook !== 'drop') {
      const event: FedapayEvent = { id: nextId++, name: `transaction.${outcome}`, object: 'transaction', entity: publicView(t), created_at: new Date().toISOString() };
      const body = JSON.stringify(event);
      delivered = await deliverWebhook(webhookUrl, body, { 'x-fedapay-signature': signFedapay(webhookSecret, body) });
    }
    const back = t.callback_url ? `${t.callback_url}${t.callback_url.includes('?') ? '&' : '?'}id=${t.id}&status=${t.status}` : null;
    // A person on the checkout page (its form) is sent back to the merchant, as FedaPay does; API callers get JSON.
    if (req.is('application/x-www-form-urlencoded') && back) return void res.redirect(303, back);
    res.json({ id: t.id, status: t.status, webhookStatus: delivered, redirect: back });
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'fedapay-simulator' });
  });
  return http.createServer(app);
}

function publicView(t: FedapayTransaction & { customer_phone?: string }): FedapayTransaction {
  const { customer_phone: _phone, ...rest } = t;
  return rest;
}
