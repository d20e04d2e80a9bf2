import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Actor } from '@simveb/platform/auth/actor';
import { entitiesById, groupedLoader, keyedLoader, entitiesWhere } from '@simveb/platform/graphql/loader';
import { isUuid } from '@simveb/platform/ids';
import { Brand } from './catalogue/brand.entity';
import { VehicleModel } from './catalogue/vehicle-model.entity';
import { CustomsClearance } from './customs/customs-clearance.entity';
import type { CustomsService } from './integrations/customs/customs-service';
import { VehicleChange } from './vehicle/vehicle-change.entity';
import { Vehicle } from './vehicle/vehicle.entity';

export interface Loaders {
  vehicle: DataLoader<string, Vehicle | null>;
  vehicleByVin: DataLoader<string, Vehicle | null>;
  brand: DataLoader<string, Brand | null>;
  model: DataLoader<string, VehicleModel | null>;
  clearance: DataLoader<string, CustomsClearance | null>;
  changes: DataLoader<string, VehicleChange[]>;
}

export interface Services {
  customs: CustomsService;
}

export interface Context {
  em: EntityManager;
  actor: Actor;
  services: Services;
  loaders: Loaders;
}

const ids = (keys: readonly string[]) => keys.filter(isUuid);

export function createContext(em: EntityManager, actor: Actor, services: Services): Context {
  return {
    em,
    actor,
    services,
    loaders: {
      vehicle: keyedLoader(
        (keys) => entitiesById(em, Vehicle, keys),
        (v) => v.id,
      ),
      vehicleByVin: keyedLoader(
        (vins) => entitiesWhere(em, Vehicle, { vin: { $in: [...vins] } }),
        (v) => v.vin,
      ),
      brand: keyedLoader(
        (keys) => entitiesById(em, Brand, keys),
        (b) => b.id,
      ),
      model: keyedLoader(
        (keys) => entitiesById(em, VehicleModel, keys),
        (m) => m.id,
      ),
      clearance: keyedLoader(
        (keys) => entitiesWhere(em, CustomsClearance, { vehicleId: { $in: ids(keys) } }),
        (c) => c.vehicleId,
      ),
      changes: groupedLoader(
        (keys) => entitiesWhere(em, VehicleChange, { vehicleId: { $in: ids(keys) } }, { orderBy: { at: 'asc' } }),
        (c) => c.vehicleId,
      ),
    },
  };
}
