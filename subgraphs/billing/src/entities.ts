import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Order } from './order/order.entity';
import { Tariff } from './tariff/tariff.entity';

export const entities = [Tariff, Order, OutboxEvent];
