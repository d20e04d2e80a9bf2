import { AuditEntry } from '@simveb/platform/audit/audit-entry.entity';
import { EventCursor, InboxEntry } from '@simveb/platform/events/inbox.entity';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Invoice, InvoiceCounter } from './invoice/invoice.entity';
import { Order } from './order/order.entity';
import { PaymentAnomaly } from './payment/payment-anomaly.entity';
import { Payment } from './payment/payment.entity';
import { ProviderEvent } from './payment/provider-event.entity';
import { Tariff } from './tariff/tariff.entity';
import { Wallet, WalletMovement } from './wallet/wallet.entity';

export const entities = [Tariff, Order, Payment, PaymentAnomaly, ProviderEvent, Invoice, InvoiceCounter, Wallet, WalletMovement, AuditEntry, EventCursor, InboxEntry, OutboxEvent];
