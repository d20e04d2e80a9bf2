import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireSignedIn } from '@simveb/platform/auth/actor';
import type { Context } from '../context';
import { canSeeHolder } from '../demand/demand.access';
import { PartyRef } from '../party/party.stubs';
import { Plate, PlateStatus } from '../plate/plate.entity';
import { normalizePlate } from '../plate/plate-number';
import { VehicleRef } from './vehicle.stub';

@Resolver(() => VehicleRef)
export class VehicleRefResolver {
  @Query(() => VehicleRef, { nullable: true, description: 'The vehicle wearing this plate now; any spacing and case ("ab-1234 rb").' })
  async vehicleByPlate(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<VehicleRef | null> {
    requireSignedIn(ctx.actor);
    const plate = await ctx.em.findOne(Plate, { compactNumber: normalizePlate(number), status: PlateStatus.ACTIVE });
    return plate ? new VehicleRef(plate.vehicleId) : null;
  }

  @FieldResolver(() => Plate, { nullable: true, description: 'The plate in force; null before registration.' })
  plate(@Root() vehicle: VehicleRef, @Ctx() ctx: Context): Promise<Plate | null> {
    return ctx.loaders.activePlate.load(vehicle.id);
  }

  @FieldResolver(() => PartyRef, { nullable: true, description: 'Current legal holder (titulaire de la carte grise); shown to the holder, staff and authorised partners only.' })
  async holder(@Root() vehicle: VehicleRef, @Ctx() ctx: Context): Promise<PartyRef | null> {
    const holding = await ctx.loaders.currentHolding.load(vehicle.id);
    return holding && canSeeHolder(ctx.actor, holding.holderId) ? new PartyRef(holding.holderId) : null;
  }
}
