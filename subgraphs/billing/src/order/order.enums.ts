import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'Statut de la commande.' });

export enum PaymentStatus {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  REFUNDED = 'REFUNDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus', description: 'Where the money of a demand stands.' });

export const PAYMENT_STATUS_OF: Record<OrderStatus, PaymentStatus> = {
  PENDING: PaymentStatus.UNPAID,
  PAID: PaymentStatus.PAID,
  CANCELLED: PaymentStatus.CANCELLED,
  REFUNDED: PaymentStatus.REFUNDED,
};
