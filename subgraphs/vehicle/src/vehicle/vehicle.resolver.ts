import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { Brand } from '../catalogue/brand.entity';
import { VehicleModel } from '../catalogue/vehicle-model.entity';
import type { Context } from '../context';
import { Vehicle } from './vehicle.entity';
import { VehicleFilter } from './vehicle.filter';
import { listVehicles } from './vehicle.service';
import { normalizeVin } from './vin';

export const VehicleConnection = Connection(Vehicle, 'Vehicle');

@Resolver(() => Vehicle)
export class VehicleResolver {
  @Query(() => Vehicle, { nullable: true, description: 'A vehicle by id.' })
  vehicle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Vehicle | null> | null {
    return isUuid(id) ? ctx.loaders.vehicle.load(id) : null;
  }

  @Query(() => Vehicle, { nullable: true, description: 'A vehicle by VIN (any case, spaces ignored).' })
  vehicleByVin(@Arg('vin', () => String) vin: string, @Ctx() ctx: Context): Promise<Vehicle | null> {
    return ctx.loaders.vehicleByVin.load(normalizeVin(vin));
  }

  @Query(() => VehicleConnection, { description: 'Vehicles matching a filter, oldest first.' })
  vehicles(
    @Ctx() ctx: Context,
    @Arg('filter', () => VehicleFilter, { nullable: true }) filter?: VehicleFilter,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listVehicles(ctx.em, filter, first, after);
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
