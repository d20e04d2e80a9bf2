import type { ReferenceResolvers } from '@simveb/platform/graphql/build-subgraph-schema';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from './context';
import { canSeeDemand } from './demand/demand.access';
import { PartyRef } from './party/party.stubs';
import { VehicleRef } from './vehicle/vehicle.stub';
import { AccountRef } from './center/account.stub';

/** Vehicles and parties are owned elsewhere: a reference is just its id here. */
export const registrationReferences: ReferenceResolvers = {
  Demand: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const d = isUuid(ref.id) ? await ctx.loaders.demand.load(ref.id) : null;
      return d && canSeeDemand(ctx.actor, d, await ctx.centers()) ? d : null;
    },
  },
  Service: { __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.service.load(ref.code) },
  Vehicle: { __resolveReference: (ref: { id: string }) => new VehicleRef(ref.id) },
  Party: { __resolveReference: (ref: { id: string }) => new PartyRef(ref.id) },
  Account: { __resolveReference: (ref: { id: string }) => new AccountRef(ref.id) },
};
