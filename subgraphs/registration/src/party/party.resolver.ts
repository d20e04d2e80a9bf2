import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Connection, toConnection, toPage } from '@simveb/platform/graphql/connection';
import type { Context } from '../context';
import { DemandConnection } from '../demand/demand.resolver';
import { VehicleRef } from '../vehicle/vehicle.stub';
import { CompanyRef, PersonRef } from './party.stubs';

export const HeldVehicleConnection = Connection(VehicleRef, 'HeldVehicle');

async function heldVehicles(ctx: Context, holderId: string, first?: number, after?: string) {
  const page = toPage(first, after);
  const rows = page.limit === 0 ? [] : await ctx.loaders.heldVehicles.load({ key: holderId, page });
  const conn = toConnection(rows, page, (h) => h.vehicleId, () => ctx.loaders.heldVehicleCount.load(holderId));
  return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: new VehicleRef(e.node.vehicleId) })) };
}

@Resolver(() => PersonRef)
export class PersonRefResolver {
  @FieldResolver(() => HeldVehicleConnection, { description: 'Vehicles this person holds now.' })
  vehicles(
    @Root() person: PersonRef,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return heldVehicles(ctx, person.id, first, after);
  }

  @FieldResolver(() => DemandConnection, { description: 'Demands filed for this person, newest first.' })
  async demands(
    @Root() person: PersonRef,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = toPage(first, after);
    const rows = page.limit === 0 ? [] : await ctx.loaders.demandsOf.load({ key: person.id, page });
    return toConnection(rows, page, (d) => d.id, () => ctx.loaders.demandCountOf.load(person.id));
  }
}

@Resolver(() => CompanyRef)
export class CompanyRefResolver {
  @FieldResolver(() => HeldVehicleConnection, { description: 'Vehicles this company holds now.' })
  vehicles(
    @Root() company: CompanyRef,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return heldVehicles(ctx, company.id, first, after);
  }
}
