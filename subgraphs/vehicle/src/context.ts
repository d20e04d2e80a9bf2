import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Actor } from '@simveb/platform/auth/actor';
import type { SubgraphContext } from '@simveb/platform/graphql/context';
import { byIdLoader, entitiesWhere, groupedLoader, keyedLoader, uuidKeys } from '@simveb/platform/graphql/loader';
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

export type Context = SubgraphContext<Loaders, Services>;

export function createContext(em: EntityManager, actor: Actor, services: Services): Context {
  return {
    em,
    actor,
    services,
    loaders: {
      vehicle: byIdLoader(em, Vehicle),
      vehicleByVin: keyedLoader(
        (vins) => entitiesWhere(em, Vehicle, { vin: { $in: [...vins] } }),
        (v) => v.vin,
      ),
      brand: byIdLoader(em, Brand),
      model: byIdLoader(em, VehicleModel),
      clearance: keyedLoader(
        (keys) => entitiesWhere(em, CustomsClearance, { vehicleId: { $in: uuidKeys(keys) } }),
        (c) => c.vehicleId,
      ),
      changes: groupedLoader(
        (keys) => entitiesWhere(em, VehicleChange, { vehicleId: { $in: uuidKeys(keys) } }, { orderBy: { at: 'asc' } }),
        (c) => c.vehicleId,
      ),
    },
  };
}
