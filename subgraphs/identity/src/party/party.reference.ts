import type { ReferenceResolvers } from '@simveb/platform/graphql/build-subgraph-schema';
import type { Context } from '../context';

/** Entity resolution: other subgraphs hand us ids, one batched query per type answers them. */
export const partyReferences: ReferenceResolvers = {
  Person: { __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.person.load(ref.id) },
  Company: { __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.company.load(ref.id) },
  // A Party handed over as @interfaceObject: only its id is known, so look in both tables.
  Party: {
    __resolveReference: async (ref: { id: string }, ctx: Context) =>
      (await ctx.loaders.person.load(ref.id)) ?? (await ctx.loaders.company.load(ref.id)),
  },
};
