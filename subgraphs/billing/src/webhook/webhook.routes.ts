import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { z } from '@simveb/platform/config';
import { DomainError } from '@simveb/platform/errors';
import type { Logger } from '@simveb/platform/logger';
import { applyProviderFacts } from '../payment/payment.service';
import { PaymentProvider, SettledVia } from '../payment/payment.enums';
import { fromFedapay } from '../providers/fedapay/fedapay.adapter';
import { FEDAPAY_EVENTS } from '../providers/fedapay/fedapay.protocol';
import { checkFedapaySignature } from '../providers/fedapay/fedapay.signature';
import type { Gateways } from '../providers/payment-gateway';
import { counter } from '@simveb/platform/metrics/registry';

const webhooks = counter('simveb_payment_webhooks_total', 'Payment provider webhooks by provider and outcome (refused, malformed, ignored, applied outcomes, failed: the provider retries).', [
  'provider',
  'outcome',
]);

export interface WebhookDeps {
  gateways: Gateways;
  fedapayWebhookSecret: string;
  kkiapaySecret: string;
  log: Logger;
}

const fedapayEvent = z.object({
  id: z.union([z.number().int(), z.string().min(1).max(100)]),
  name: z.string().max(60),
  entity: z
    .object({
      id: z.number().int(),
      amount: z.number().int(),
      status: z.string(),
      currency: z.object({ iso: z.string() }).nullable().optional(),
      custom_metadata: z.record(z.string()).nullable().optional(),
    })
    .passthrough(),
});
const STATUS_OF_EVENT: Record<string, 'APPROVED' | 'DECLINED' | 'CANCELED'> = {
  [FEDAPAY_EVENTS.approved]: 'APPROVED',
  [FEDAPAY_EVENTS.declined]: 'DECLINED',
  [FEDAPAY_EVENTS.canceled]: 'CANCELED',
};

const sameSecret = (given: string | undefined, expected: string): boolean =>
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  timingSafeEqual(
    createHash('sha256')
      .update(given ?? '')
      .digest(),
    createHash('sha256').update(expected).digest(),
  );

/**
 * Provider webhooks, outside GraphQL and outside any CSRF or session logic:
 * authenticity comes from the signature (FedaPay) or the shared secret plus
 * the verify API (KKiaPay). A 2xx is sent only after the change committed; a
 * 5xx makes the provider deliver again, which is safe (idempotent on event id).
 */
export function webhookRoutes(app: Express, orm: MikroORM, deps: WebhookDeps): void {
  app.post('/webhooks/fedapay', express.raw({ type: () => true, limit: '256kb' }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const check = checkFedapaySignature(deps.fedapayWebhookSecret, req.header('x-fedapay-signature'), raw);
    if (check !== 'ok') {
      webhooks.inc({ provider: 'fedapay', outcome: 'refused' });
      deps.log.warn({ check }, 'FedaPay webhook refused: signature');
      res.status(401).json({ error: `signature ${check}` });
      return;
    }
    let event: z.infer<typeof fedapayEvent>;
    try {
      event = fedapayEvent.parse(JSON.parse(raw.toString('utf8')));
    } catch {
      webhooks.inc({ provider: 'fedapay', outcome: 'malformed' });
      res.status(400).json({ error: 'not a FedaPay event' });
      return;
    }
    const status = STATUS_OF_EVENT[event.name];
    if (!status) {
      webhooks.inc({ provider: 'fedapay', outcome: 'ignored' });
      res.json({ received: true, outcome: 'ignored' });
      return;
    }
    try {
      const facts = { ...fromFedapay(event.entity as never), status };
      const { outcome } = await applyProviderFacts(orm.em.fork(), PaymentProvider.FEDAPAY, facts, SettledVia.WEBHOOK, { eventId: String(event.id) });
      webhooks.inc({ provider: 'fedapay', outcome });
      res.json({ received: true, outcome });
    } catch (err) {
      webhooks.inc({ provider: 'fedapay', outcome: 'failed' });
      deps.log.error({ err }, 'FedaPay webhook not applied; the provider will retry');
      res.status(500).json({ error: 'not applied, retry' });
    }
  });

  app.post('/webhooks/kkiapay', express.json({ limit: '64kb' }), async (req, res) => {
    if (!sameSecret(req.header('x-kkiapay-secret'), deps.kkiapaySecret)) {
      webhooks.inc({ provider: 'kkiapay', outcome: 'refused' });
      deps.log.warn('KKiaPay webhook refused: secret');
      res.status(401).json({ error: 'secret' });
      return;
    }
    const transactionId = (req.body as { transactionId?: unknown } | undefined)?.transactionId;
    if (typeof transactionId !== 'string' || !transactionId) {
      webhooks.inc({ provider: 'kkiapay', outcome: 'malformed' });
      res.status(400).json({ error: 'transactionId missing' });
      return;
    }
    try {
      // The webhook only says "look": the facts come from KKiaPay's verify API.
      const facts = await deps.gateways.KKIAPAY!.fetchTransaction(transactionId);
      if (!facts) {
        webhooks.inc({ provider: 'kkiapay', outcome: 'unknown' });
        deps.log.warn({ transactionId }, 'KKiaPay webhook for a transaction KKiaPay does not know');
        res.json({ received: true, outcome: 'unknown' });
        return;
      }
      const { outcome } = await applyProviderFacts(orm.em.fork(), PaymentProvider.KKIAPAY, facts, SettledVia.WEBHOOK, { eventId: `${transactionId}:${facts.status}` });
      webhooks.inc({ provider: 'kkiapay', outcome });
      res.json({ received: true, outcome });
    } catch (err) {
      webhooks.inc({ provider: 'kkiapay', outcome: 'failed' });
      const status = err instanceof DomainError && err.code === 'UPSTREAM_UNAVAILABLE' ? 503 : 500;
      deps.log.error({ err }, 'KKiaPay webhook not applied; the provider will retry');
      res.status(status).json({ error: 'not applied, retry' });
    }
  });
}
