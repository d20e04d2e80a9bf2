import { registerEnumType } from 'type-graphql';

export enum PaymentProvider {
  FEDAPAY = 'FEDAPAY',
  KKIAPAY = 'KKIAPAY',
  WALLET = 'WALLET',
  COUNTER = 'COUNTER',
}
registerEnumType(PaymentProvider, {
  name: 'PaymentProvider',
  description: 'Who carries the money.',
  valuesConfig: {
    FEDAPAY: { description: 'FedaPay (mobile money MTN/Moov, cards)' },
    KKIAPAY: { description: 'KKiaPay (mobile money, cards)' },
    WALLET: { description: 'Prepaid wallet of an affiliate (portefeuille)' },
    COUNTER: { description: 'Cash or card at an ANaTT counter (guichet)' },
  },
});

export enum PaymentState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  CANCELED = 'CANCELED',
  EXPIRED = 'EXPIRED',
  REFUND_PENDING = 'REFUND_PENDING',
  REFUNDED = 'REFUNDED',
}
registerEnumType(PaymentState, { name: 'PaymentState', description: 'Where one payment attempt stands.' });

export enum PaymentPurpose {
  ORDER = 'ORDER',
  WALLET_TOP_UP = 'WALLET_TOP_UP',
}
registerEnumType(PaymentPurpose, { name: 'PaymentPurpose', description: 'What the money is for: an order, or an affiliate wallet top-up (recharge).' });

/** How a payment's outcome became known. */
export enum SettledVia {
  WEBHOOK = 'WEBHOOK',
  RECONCILIATION = 'RECONCILIATION',
  CLIENT_CONFIRMATION = 'CLIENT_CONFIRMATION',
  COUNTER = 'COUNTER',
  WALLET = 'WALLET',
}

export enum AnomalyKind {
  AMOUNT_MISMATCH = 'AMOUNT_MISMATCH',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  UNKNOWN_TRANSACTION = 'UNKNOWN_TRANSACTION',
  ORDER_ALREADY_SETTLED = 'ORDER_ALREADY_SETTLED',
  FOREIGN_TRANSACTION = 'FOREIGN_TRANSACTION',
}
registerEnumType(AnomalyKind, {
  name: 'PaymentAnomalyKind',
  description: 'A provider fact that did not match the order; left for a finance officer.',
  valuesConfig: {
    AMOUNT_MISMATCH: { description: 'Montant payé différent du montant dû' },
    CURRENCY_MISMATCH: { description: 'Devise autre que XOF' },
    UNKNOWN_TRANSACTION: { description: 'Transaction inconnue de SIMVEB' },
    ORDER_ALREADY_SETTLED: { description: 'Order already paid by another payment: refund due' },
    FOREIGN_TRANSACTION: { description: 'Transaction presented for another payment than its own' },
  },
});
