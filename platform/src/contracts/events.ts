import { z } from 'zod';

/**
 * The events subgraphs exchange through their outboxes and feeds: each topic's
 * name and payload, written once. Producers build payloads of these types;
 * consumers receive them parsed by these schemas (a payload that breaks its
 * contract is refused before any handler sees it).
 */

const isoInstant = z.string().datetime({ offset: true });
const uuid = z.string().uuid();

/** Every demand status change, filing included (registration). */
export const demandStatusPayload = z.object({
  demandId: uuid,
  reference: z.string().min(1),
  serviceCode: z.string().min(1),
  applicantId: uuid,
  centerId: uuid.nullable(),
  filedByAffiliateId: uuid.nullable(),
  /** Pricing facts for billing. */
  vehicleCategory: z.string().nullable(),
  /** PERSON or COMPANY when registration knows it. */
  holderKind: z.string().nullable(),
  urgent: z.boolean(),
  previousStatus: z.string().nullable(),
  status: z.string().min(1),
  version: z.number().int().nonnegative(),
  at: isoInstant,
  actorId: uuid.nullable(),
});

/** An order (or each order of a basket) was paid (billing). */
export const paymentConfirmedPayload = z.object({
  orderId: uuid,
  demandId: uuid.nullable(),
  basketId: uuid.nullable(),
  paymentId: uuid,
  amount: z.number().int().nonnegative(),
  provider: z.string().min(1),
  invoiceNumber: z.string().min(1),
});

/** A paid order's money went back to the payer (billing). */
export const paymentRefundedPayload = z.object({
  orderId: uuid,
  demandId: uuid.nullable(),
  paymentId: uuid,
  amount: z.number().int().nonnegative(),
});

export const EVENT_CONTRACTS = {
  'demand.status': demandStatusPayload,
  'payment.confirmed': paymentConfirmedPayload,
  'payment.refunded': paymentRefundedPayload,
} as const;

export type Topic = keyof typeof EVENT_CONTRACTS;
export type PayloadOf<T extends Topic> = z.infer<(typeof EVENT_CONTRACTS)[T]>;

export const DEMAND_STATUS_TOPIC = 'demand.status' satisfies Topic;
export const PAYMENT_CONFIRMED_TOPIC = 'payment.confirmed' satisfies Topic;
export const PAYMENT_REFUNDED_TOPIC = 'payment.refunded' satisfies Topic;

export type DemandStatusPayload = PayloadOf<typeof DEMAND_STATUS_TOPIC>;
export type PaymentConfirmedPayload = PayloadOf<typeof PAYMENT_CONFIRMED_TOPIC>;
export type PaymentRefundedPayload = PayloadOf<typeof PAYMENT_REFUNDED_TOPIC>;

/** The payload checked against its topic's contract: the parsed value, or the problems found. */
export function parsePayload<T extends Topic>(topic: T, payload: unknown): { ok: true; value: PayloadOf<T> } | { ok: false; problems: string } {
  const r = EVENT_CONTRACTS[topic].safeParse(payload);
  if (r.success) return { ok: true, value: r.data as PayloadOf<T> };
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ') };
}
