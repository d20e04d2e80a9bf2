import type { ReferenceResolvers } from '@simveb/platform/graphql/build-subgraph-schema';
import type { Context } from '../context';
import { canSeeCompany, canSeePerson } from '../person/person.access';

/**
 * Entity resolution, batched. The same access rules apply here as at the
 * root: a reference handed over by another subgraph does not widen them.
 */
async function person(id: string, ctx: Context) {
  return canSeePerson(ctx.actor, id) ? ctx.loaders.person.load(id) : null;
}
async function company(id: string, ctx: Context) {
  return canSeeCompany(ctx.actor) ? ctx.loaders.company.load(id) : null;
}

export const partyReferences: ReferenceResolvers = {
  Person: { __resolveReference: (ref: { id: string }, ctx: Context) => person(ref.id, ctx) },
  Company: { __resolveReference: (ref: { id: string }, ctx: Context) => company(ref.id, ctx) },
  // A Party handed over as @interfaceObject: only its id is known, so look in both tables.
  Party: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => (await person(ref.id, ctx)) ?? (await company(ref.id, ctx)),
  },
};
