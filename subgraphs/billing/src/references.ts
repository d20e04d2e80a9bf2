import type { ReferenceResolvers } from '@simveb/platform/graphql/build-subgraph-schema';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from './context';
import { DemandRef } from './demand/demand.stub';

export const billingReferences: ReferenceResolvers = {
  Order: { __resolveReference: (ref: { id: string }, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.order.load(ref.id) : null) },
  Demand: { __resolveReference: (ref: { id: string }) => Object.assign(new DemandRef(), { id: ref.id }) },
};
