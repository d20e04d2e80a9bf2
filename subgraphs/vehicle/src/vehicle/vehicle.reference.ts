import type { ReferenceResolvers } from '@simveb/platform/graphql/build-subgraph-schema';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from '../context';

export const vehicleReferences: ReferenceResolvers = {
  Vehicle: {
    __resolveReference: (ref: { id?: string; vin?: string }, ctx: Context) => {
      if (ref.id !== undefined) return isUuid(ref.id) ? ctx.loaders.vehicle.load(ref.id) : null;
      return ctx.loaders.vehicleByVin.load(ref.vin ?? '');
    },
  },
  Brand: { __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.brand.load(ref.id) },
  VehicleModel: { __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.model.load(ref.id) },
};
