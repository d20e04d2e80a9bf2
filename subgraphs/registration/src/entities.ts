import { AuditEntry } from '@simveb/platform/audit/audit-entry.entity';
import { EventCursor, InboxEntry } from '@simveb/platform/events/inbox.entity';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { CenterAgent, ManagementCenter } from './center/center.entity';
import { DemandDocumentFile } from './document/document.entity';
import { NumberSeries, ReservedNumber } from './plate/number-series.entity';
import { Registration } from './registration/registration.entity';
import { Encumbrance } from './encumbrance/encumbrance.entity';
import { GrayCard } from './gray-card/gray-card.entity';
import { IssuedDocument } from './issued-document/issued-document.entity';
import { PrestigeReservation } from './prestige/prestige-reservation.entity';
import { PrintOrder } from './print-order/print-order.entity';
import { DemandEvent } from './demand/demand-event.entity';
import { Demand } from './demand/demand.entity';
import { Holding } from './holding/holding.entity';
import { Plate } from './plate/plate.entity';
import { Service } from './service/service.entity';

export const entities = [
  Service,
  Demand,
  DemandEvent,
  Plate,
  Holding,
  ManagementCenter,
  CenterAgent,
  DemandDocumentFile,
  NumberSeries,
  ReservedNumber,
  Registration,
  Encumbrance,
  GrayCard,
  IssuedDocument,
  PrestigeReservation,
  PrintOrder,
  AuditEntry,
  EventCursor,
  InboxEntry,
  OutboxEvent,
];
