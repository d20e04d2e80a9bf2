import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Connection, toConnection, toPage } from '@simveb/platform/graphql/connection';
import type { Context } from '../context';
import { canSeeDemand, canSeeHolder, demandVisibility } from '../demand/demand.access';
import { DemandConnection } from '../demand/demand.resolver';
import { VehicleRef } from '../vehicle/vehicle.stub';
import { PartyRef } from './party.stubs';

export const HeldVehicleConnection = Connection(VehicleRef, 'HeldVehicle');

async function heldVehicles(ctx: Context, holderId: string, first?: number, after?: string) {
  const page = toPage(first, after);
  // Someone else's vehicles: an empty list, not an error that would confirm they exist.
  if (!canSeeHolder(ctx.actor, holderId))
    return toConnection(
      [],
      page,
      () => '',
      async () => 0,
    );
  const rows = page.limit === 0 ? [] : await ctx.loaders.heldVehicles.load({ key: holderId, page });
  const conn = toConnection(
    rows,
    page,
    (h) => h.vehicleId,
    () => ctx.loaders.heldVehicleCount.load(holderId),
  );
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: new VehicleRef(e.node.vehicleId) })) };
}

@Resolver(() => PartyRef)
export class PartyRefResolver {
  @FieldResolver(() => HeldVehicleConnection, { description: 'Vehicles this person or company holds now (véhicules détenus).' })
  vehicles(@Root() party: PartyRef, @Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true }) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    return heldVehicles(ctx, party.id, first, after);
  }

  @FieldResolver(() => DemandConnection, { description: 'Demands filed for this person or company, newest first.' })
  async demands(@Root() party: PartyRef, @Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true }) first?: number, @Arg('after', () => String, { nullable: true }) after?: string) {
    const page = toPage(first, after);
    // Staff see every demand of the party; the party sees its own; affiliates only what they filed (filtered below).
    const centers = await ctx.centers();
    const all = demandVisibility(ctx.actor, centers) === null || (ctx.actor.partyId === party.id && !ctx.actor.affiliateId && ctx.actor.kind === 'user');
    const rows = page.limit === 0 ? [] : await ctx.loaders.demandsOf.load({ key: party.id, page });
    const visible = all ? rows : rows.filter((d) => canSeeDemand(ctx.actor, d, centers));
    return toConnection(
      visible,
      page,
      (d) => d.id,
      async () => (all ? ctx.loaders.demandCountOf.load(party.id) : visible.length),
    );
  }
}
