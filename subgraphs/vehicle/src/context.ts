import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import type DataLoader from 'dataloader';
import { keyedLoader } from '@simveb/platform/graphql/loader';
import { Brand } from './catalogue/brand.entity';
import { VehicleModel } from './catalogue/vehicle-model.entity';
import { Vehicle } from './vehicle/vehicle.entity';

export interface Loaders {
  vehicle: DataLoader<string, Vehicle | null>;
  vehicleByVin: DataLoader<string, Vehicle | null>;
  brand: DataLoader<string, Brand | null>;
  model: DataLoader<string, VehicleModel | null>;
}

export interface Context {
  em: EntityManager;
  actor: Actor;
  loaders: Loaders;
}

export function createContext(em: EntityManager, actor: Actor): Context {
  return {
    em,
    actor,
    loaders: {
      vehicle: keyedLoader((ids) => em.find(Vehicle, { id: { $in: [...ids] } }), (v) => v.id),
      vehicleByVin: keyedLoader((vins) => em.find(Vehicle, { vin: { $in: [...vins] } }), (v) => v.vin),
      brand: keyedLoader((ids) => em.find(Brand, { id: { $in: [...ids] } }), (b) => b.id),
      model: keyedLoader((ids) => em.find(VehicleModel, { id: { $in: [...ids] } }), (m) => m.id),
    },
  };
}
