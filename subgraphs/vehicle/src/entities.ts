import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Brand } from './catalogue/brand.entity';
import { VehicleModel } from './catalogue/vehicle-model.entity';
import { Vehicle } from './vehicle/vehicle.entity';

export const entities = [Brand, VehicleModel, Vehicle, OutboxEvent];
