import { describe, expect, it } from 'vitest';
import { parsePayload, type DemandStatusPayload } from './events';

const status: DemandStatusPayload = {
  demandId: '0190a000-0000-7000-8000-000000000001',
  reference: 'DEM-2026-000001',
  serviceCode: 'GRAY_CARD_DUPLICATE',
  applicantId: '0190a000-0000-7000-8000-000000000002',
  centerId: null,
  filedByAffiliateId: null,
  vehicleCategory: 'PRIVATE_CAR',
  holderKind: 'PERSON',
  urgent: false,
  previousStatus: 'SUBMITTED',
  status: 'ASSIGNED',
  version: 3,
  at: '2026-12-07T00:00:00.000Z',
  actorId: null,
};

describe('event contracts', () => {
  it('a payload as the producer writes it passes, and comes back typed', () => {
    const r = parsePayload('demand.status', JSON.parse(JSON.stringify(status)));
    expect(r).toEqual({ ok: true, value: status });
  });

  it('a payload missing a field or with a wrong type is refused, each problem named', () => {
    const { version: _v, ...missing } = status;
    const r = parsePayload('demand.status', { ...missing, demandId: 'not-an-id', urgent: 'yes' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContain('demandId');
      expect(r.problems).toContain('urgent');
      expect(r.problems).toContain('version');
    }
  });

  it('payment events: amounts are whole francs, the invoice number is required', () => {
    const ok = { orderId: status.demandId, demandId: null, basketId: null, paymentId: status.applicantId, amount: 20000, provider: 'FEDAPAY', invoiceNumber: 'FAC-2026-000001' };
    expect(parsePayload('payment.confirmed', ok).ok).toBe(true);
    expect(parsePayload('payment.confirmed', { ...ok, amount: 199.5 }).ok).toBe(false);
    expect(parsePayload('payment.confirmed', { ...ok, invoiceNumber: '' }).ok).toBe(false);
    expect(parsePayload('payment.refunded', { orderId: ok.orderId, demandId: null, paymentId: ok.paymentId, amount: 20000 }).ok).toBe(true);
  });
});
