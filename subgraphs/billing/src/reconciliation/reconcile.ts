import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@simveb/platform/errors';
import type { Logger } from '@simveb/platform/logger';
import { Field, Int, ObjectType } from 'type-graphql';
import { PaymentAnomaly } from '../payment/payment-anomaly.entity';
import { Payment } from '../payment/payment.entity';
import { PaymentProvider, PaymentState, SettledVia } from '../payment/payment.enums';
import { applyProviderFacts } from '../payment/payment.service';
import type { Gateways } from '../providers/payment-gateway';

@ObjectType('ReconciliationReport', { description: 'What one pass over pending payments found (rapprochement).' })
export class ReconciliationReport {
  @Field(() => Int, { description: 'Pending payments looked at.' })
  checked = 0;

  @Field(() => Int, { description: 'Found paid at the provider and settled here.' })
  settled = 0;

  @Field(() => Int, { description: 'Found declined or cancelled.' })
  declined = 0;

  @Field(() => Int, { description: 'Left pending too long: expired.' })
  expired = 0;

  @Field(() => Int, { description: 'Still pending at the provider.' })
  stillPending = 0;

  @Field(() => Int, { description: 'Provider did not answer; tried again next pass.' })
  unreachable = 0;

  @Field(() => [PaymentAnomaly], { description: 'Mismatches flagged during this pass.' })
  mismatches: PaymentAnomaly[] = [];
}

export interface ReconcileOptions {
  olderThanMinutes: number;
  expireAfterMinutes: number;
  limit?: number;
}

/**
 * Webhooks get lost: every pending online payment older than N minutes is
 * asked again from the provider's API and settled, declined or, past its
 * lifetime, expired. Safe to run on every replica at once: each payment is
 * applied under its row lock, exactly once.
 */
export async function reconcile(em: EntityManager, gateways: Gateways, opts: ReconcileOptions): Promise<ReconciliationReport> {
  const started = new Date();
  const report = new ReconciliationReport();
  const cutoff = new Date(started.getTime() - opts.olderThanMinutes * 60_000);
  const pending = await em.find(
    Payment,
    { status: PaymentState.PENDING, provider: { $in: [PaymentProvider.FEDAPAY, PaymentProvider.KKIAPAY] }, createdAt: { $lte: cutoff } },
    { orderBy: { createdAt: 'asc' }, limit: opts.limit ?? 500 },
  );
  for (const p of pending) {
    report.checked += 1;
    let stillPending = true;
    if (p.providerTransactionId) {
      try {
        const facts = await gateways[p.provider]!.fetchTransaction(p.providerTransactionId);
        if (facts) {
          const { outcome } = await applyProviderFacts(em.fork(), p.provider, facts, SettledVia.RECONCILIATION);
          if (outcome === 'approved') report.settled += 1;
          else if (outcome === 'declined') report.declined += 1;
          stillPending = outcome === 'pending' || outcome === 'mismatch';
        }
      } catch (err) {
        if (!(err instanceof DomainError && err.code === 'UPSTREAM_UNAVAILABLE')) throw err;
        report.unreachable += 1;
        continue;
      }
    }
    if (!stillPending) continue;
    if (p.createdAt.getTime() < started.getTime() - opts.expireAfterMinutes * 60_000) {
      report.expired += await em
        .fork()
        .nativeUpdate(Payment, { id: p.id, status: PaymentState.PENDING }, { status: PaymentState.EXPIRED, settledAt: new Date(), settledVia: SettledVia.RECONCILIATION });
    } else {
      report.stillPending += 1;
    }
  }
  report.mismatches = await em.fork().find(PaymentAnomaly, { source: SettledVia.RECONCILIATION, detectedAt: { $gte: started } }, { orderBy: { detectedAt: 'asc' } });
  return report;
}

/** The periodic pass: every `intervalSeconds`, never two passes of this process at once. */
export function startReconciliationJob(em: EntityManager, gateways: Gateways, opts: ReconcileOptions & { intervalSeconds: number }, log: Logger): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const r = await reconcile(em.fork(), gateways, opts);
      if (r.checked) log.info({ checked: r.checked, settled: r.settled, declined: r.declined, expired: r.expired, mismatches: r.mismatches.length }, 'payments reconciled');
    } catch (err) {
      log.error({ err }, 'reconciliation pass failed');
    } finally {
      running = false;
    }
  }, opts.intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
