import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Brand } from './catalogue/brand.entity';
import { VehicleModel } from './catalogue/vehicle-model.entity';
import { AuditEntry } from '@simveb/platform/audit/audit-entry.entity';
import { CustomsClearance } from './customs/customs-clearance.entity';
import { VehicleChange } from './vehicle/vehicle-change.entity';
import { Vehicle } from './vehicle/vehicle.entity';

export const entities = [Brand, VehicleModel, Vehicle, CustomsClearance, VehicleChange, AuditEntry, OutboxEvent];
