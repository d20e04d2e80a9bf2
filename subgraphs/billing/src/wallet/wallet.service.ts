import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, requireRole, requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { BadInput, Conflict, DomainError, Forbidden } from '@simveb/platform/errors';
import { newId } from '@simveb/platform/ids';
import { Order } from '../order/order.entity';
import { issueInvoice, settleOrder } from '../order/order.service';
import { Payment } from '../payment/payment.entity';
import { PaymentProvider, PaymentPurpose, PaymentState, SettledVia } from '../payment/payment.enums';
import type { Gateways } from '../providers/payment-gateway';
import { Wallet, WalletMovement, WalletMovementKind } from './wallet.entity';
import { payableOrder, gatewayFor } from '../payment/payment.service';

export const MIN_TOP_UP = 1_000;
export const MAX_TOP_UP = 50_000_000;

/** Not enough money in the wallet (CONFLICT with the figures; the codes clients see are fixed by docs/api.md). */
export class InsufficientFunds extends DomainError {
  constructor(balance: number, needed: number) {
    super('CONFLICT', `The wallet holds ${balance} XOF; this order needs ${needed} XOF. Top it up first.`, { reason: 'INSUFFICIENT_FUNDS', balance, needed });
  }
}

async function walletOf(em: EntityManager, affiliateId: string): Promise<Wallet> {
  await em
    .getConnection()
    .execute('insert into wallet (id, affiliate_id, balance, created_at) values (?, ?, 0, now()) on conflict (affiliate_id) do nothing', [newId(), affiliateId], 'run', em.getTransactionContext());
  return em.findOneOrFail(Wallet, { affiliateId });
}

/** The caller's affiliate wallet (created empty on first look). */
export async function myWallet(em: EntityManager, actor: Actor): Promise<Wallet> {
  requireRole(actor, ['AFFILIATE_ADMIN', 'AFFILIATE_MEMBER'], 'use an affiliate wallet');
  if (!actor.affiliateId) throw new Forbidden('This profile acts for no affiliate.');
  return walletOf(em, actor.affiliateId);
}

/** One atomic statement moves the balance: concurrent movements serialise on the row, and the check keeps it ≥ 0. */
async function move(tx: EntityManager, walletId: string, delta: number): Promise<number | null> {
  const rows = await tx
    .getConnection()
    .execute<{ balance: number }[]>('update wallet set balance = balance + ? where id = ? and balance + ? >= 0 returning balance', [delta, walletId, delta], 'all', tx.getTransactionContext());
  return rows.length ? Number(rows[0]!.balance) : null;
}

/** A top-up approved by its provider, or a refund of a wallet payment: money comes back in, with its ledger line. */
export async function creditWallet(tx: EntityManager, payment: Payment, now: Date, why: 'top-up' | 'refund' = 'top-up'): Promise<void> {
  const walletId = payment.walletId!;
  const balanceAfter = await move(tx, walletId, payment.amount);
  tx.create(WalletMovement, {
    walletId,
    kind: why === 'refund' ? WalletMovementKind.REFUND : WalletMovementKind.TOP_UP,
    amount: payment.amount,
    balanceAfter: balanceAfter!,
    orderId: payment.orderId ?? null,
    paymentId: payment.id,
    at: now,
  });
  await tx.flush();
}

/** Starts a top-up (recharge) through a provider; the balance moves when the provider confirms. */
export async function topUpWallet(em: EntityManager, actor: Actor, gateways: Gateways, amount: number, provider: PaymentProvider): Promise<Payment> {
  requireRole(actor, ['AFFILIATE_ADMIN'], 'top up the wallet');
  const gateway = gatewayFor(gateways, provider);
  if (!Number.isInteger(amount) || amount < MIN_TOP_UP || amount > MAX_TOP_UP) {
    throw BadInput.field('amount', `A top-up is a whole number of francs between ${MIN_TOP_UP} and ${MAX_TOP_UP} XOF.`);
  }
  const wallet = await walletOf(em, actor.affiliateId!);
  const id = newId();
  const session = await gateway.createCheckout({ paymentId: id, amount, description: 'SIMVEB recharge portefeuille', payerEmail: null });
  const payment = em.create(Payment, {
    id,
    purpose: PaymentPurpose.WALLET_TOP_UP,
    walletId: wallet.id,
    payerId: actor.affiliateId!,
    amount,
    provider,
    providerTransactionId: session.transactionId,
    redirectUrl: session.redirectUrl,
  });
  await em.flush();
  return payment;
}

/**
 * Pays an order filed by the caller's affiliate from its wallet: the debit,
 * the ledger line, the payment, the invoice and the event to registration
 * commit together or not at all.
 */
export async function payOrderWithWallet(em: EntityManager, actor: Actor, orderId: string): Promise<Payment> {
  requireSignedIn(actor);
  if (!actor.affiliateId || !hasRole(actor, 'AFFILIATE_ADMIN', 'AFFILIATE_MEMBER')) throw new Forbidden('Only members of an affiliate pay from its wallet.');
  const order = await payableOrder(em, actor, orderId);
  if (order.affiliateId !== actor.affiliateId) throw new Forbidden('Only orders your affiliate filed are paid from its wallet.');
  const wallet = await walletOf(em, actor.affiliateId);
  return em.transactional(async (tx) => {
    const balanceAfter = await move(tx, wallet.id, -order.total);
    if (balanceAfter == null) {
      const current = await tx.findOneOrFail(Wallet, wallet.id, { refresh: true });
      throw new InsufficientFunds(current.balance, order.total);
    }
    const now = new Date();
    const payment = tx.create(Payment, {
      purpose: PaymentPurpose.ORDER,
      orderId: order.id,
      walletId: wallet.id,
      payerId: actor.affiliateId!,
      amount: order.total,
      provider: PaymentProvider.WALLET,
      providerTransactionId: newId(),
      status: PaymentState.APPROVED,
      settledAt: now,
      settledVia: SettledVia.WALLET,
    });
    tx.create(WalletMovement, {
      walletId: wallet.id,
      kind: WalletMovementKind.DEBIT,
      amount: -order.total,
      balanceAfter,
      orderId: order.id,
      paymentId: payment.id,
      actorAccountId: actor.accountId,
      at: now,
    });
    await tx.flush();
    const fresh = await tx.findOneOrFail(Order, order.id);
    const invoice = await settleOrder(tx, fresh, payment, now);
    if (!invoice) throw new Conflict(`Order ${order.number} was paid meanwhile; nothing was debited.`);
    await issueInvoice(tx, invoice);
    return payment;
  });
}
