import { AuditEntry } from '@simveb/platform/audit/audit-entry.entity';
import { EventCursor, InboxEntry } from '@simveb/platform/events/inbox.entity';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Order } from './order/order.entity';
import { Tariff } from './tariff/tariff.entity';

export const entities = [Tariff, Order, AuditEntry, EventCursor, InboxEntry, OutboxEvent];
