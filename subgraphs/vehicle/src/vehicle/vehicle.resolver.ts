import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { hasRole, hasScope, JUSTICE_ROLES, requireSignedIn, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';
import { Forbidden } from '@simveb/platform/errors';
import { Brand } from '../catalogue/brand.entity';
import { VehicleModel } from '../catalogue/vehicle-model.entity';
import type { Context } from '../context';
import { Vehicle } from './vehicle.entity';
import { VehicleFilter } from './vehicle.filter';
import { listVehicles } from './vehicle.service';
import { normalizeVin } from './vin';

export const VehicleConnection = Connection(Vehicle, 'Vehicle');

/** Bulk search and the technical details (engine, customs) are for staff, justice and partners with vehicles:read. */
const technical = (actor: Actor) => hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES) || hasScope(actor, 'vehicles:read');

@Resolver(() => Vehicle)
export class VehicleResolver {
  @Query(() => Vehicle, { nullable: true, description: 'A vehicle by id.' })
  vehicle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Vehicle | null> | null {
    requireSignedIn(ctx.actor);
    return isUuid(id) ? ctx.loaders.vehicle.load(id) : null;
  }

  @Query(() => Vehicle, { nullable: true, description: 'A vehicle by VIN (any case, spaces ignored).' })
  vehicleByVin(@Arg('vin', () => String) vin: string, @Ctx() ctx: Context): Promise<Vehicle | null> {
    requireSignedIn(ctx.actor);
    return ctx.loaders.vehicleByVin.load(normalizeVin(vin));
  }

  @Query(() => VehicleConnection, { description: 'Vehicles matching a filter, oldest first.' })
  vehicles(
    @Ctx() ctx: Context,
    @Arg('filter', () => VehicleFilter, { nullable: true }) filter?: VehicleFilter,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requireSignedIn(ctx.actor);
    if (!technical(ctx.actor)) throw new Forbidden('Searching the register is for ANaTT staff and authorised partners; look your own vehicles up under me { person { vehicles } }.');
    return listVehicles(ctx.em, filter, first, after);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Numéro de moteur (staff and authorised partners).' })
  engineNumber(@Root() vehicle: Vehicle, @Ctx() ctx: Context): string | null {
    return technical(ctx.actor) ? (vehicle.engineNumber ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Customs declaration reference, Douane (staff and authorised partners).' })
  customsReference(@Root() vehicle: Vehicle, @Ctx() ctx: Context): string | null {
    return technical(ctx.actor) ? (vehicle.customsReference ?? null) : null;
  }

  @FieldResolver(() => Brand)
  async brand(@Root() vehicle: Vehicle, @Ctx() ctx: Context): Promise<Brand> {
    return (await ctx.loaders.brand.load(vehicle.brand.id))!;
  }

  @FieldResolver(() => VehicleModel)
  async model(@Root() vehicle: Vehicle, @Ctx() ctx: Context): Promise<VehicleModel> {
    return (await ctx.loaders.model.load(vehicle.model.id))!;
  }
}

@Resolver(() => VehicleModel)
export class VehicleModelResolver {
  @FieldResolver(() => Brand)
  async brand(@Root() model: VehicleModel, @Ctx() ctx: Context): Promise<Brand> {
    return (await ctx.loaders.brand.load(model.brand.id))!;
  }
}
