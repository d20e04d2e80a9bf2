import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { DemandEvent } from './demand/demand-event.entity';
import { Demand } from './demand/demand.entity';
import { Holding } from './holding/holding.entity';
import { Plate } from './plate/plate.entity';
import { Service } from './service/service.entity';

export const entities = [Service, Demand, DemandEvent, Plate, Holding, OutboxEvent];
