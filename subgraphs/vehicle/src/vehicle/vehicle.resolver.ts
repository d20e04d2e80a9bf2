import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { boundList } from '@simveb/platform/graphql/list-bound';
import { hasRole, hasScope, JUSTICE_ROLES, requireSignedIn, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';
import { BadInput, Forbidden } from '@simveb/platform/errors';
import { Connection } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { Brand } from '../catalogue/brand.entity';
import { PLATES_PER_CATEGORY, VehicleOrigin } from '../catalogue/catalogue.enums';
import { VehicleModel } from '../catalogue/vehicle-model.entity';
import type { Context } from '../context';
import { CustomsClearance } from '../customs/customs-clearance.entity';
import { VehicleChange } from './vehicle-change.entity';
import { Vehicle } from './vehicle.entity';
import { VehicleFilter } from './vehicle.filter';
import { RegisterImportedVehicleInput, RegisterLocalVehicleInput, TransformVehicleInput } from './vehicle.inputs';
import { listVehicles, refreshClearance, registerImportedVehicle, registerLocalVehicle, transformVehicle } from './vehicle.service';
import { normalizeVin } from './vin';
import { decodeVin, type VinDecoding } from './vin-decode';

export const VehicleConnection = Connection(Vehicle, 'Vehicle');

/** Bulk search and the technical details (engine, customs) are for staff, justice and partners with vehicles:read. */
const technical = (actor: Actor) => hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES) || hasScope(actor, 'vehicles:read');

const MAX_BULK = 500;

@ObjectType('VinDecoding', { description: 'What a VIN says by itself (ISO 3779/3780).' })
class VinDecodingType implements VinDecoding {
  @Field(() => String) vin!: string;
  @Field(() => Boolean) valid!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is not valid.' }) problem!: string | null;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => String, { nullable: true, description: 'World manufacturer identifier (first three characters).' }) wmi!: string | null;
  @Field(() => String, { nullable: true, description: 'Make of the catalogue this WMI belongs to, when known.' }) manufacturer?: string | null;
  @Field(() => Int, { nullable: true, description: 'From the 10th character (30-year cycle; the latest plausible year).' }) modelYear!: number | null;
  @Field(() => Boolean, { description: 'North American manufacturers (WMI 1-5) use a check digit.' }) checkDigitApplies!: boolean;
  @Field(() => Boolean, { nullable: true }) checkDigitValid!: boolean | null;
}

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

  @Query(() => [Vehicle], { nullable: 'items', description: `Bulk look-up by VIN for partners and staff, up to ${MAX_BULK}; null where unknown.` })
  vehiclesByVins(@Arg('vins', () => [String]) vins: string[], @Ctx() ctx: Context): Promise<(Vehicle | null)[]> {
    requireSignedIn(ctx.actor);
    if (!technical(ctx.actor)) throw new Forbidden('Bulk look-ups are for ANaTT staff and authorised partners.');
    if (vins.length > MAX_BULK) throw BadInput.field('vins', `At most ${MAX_BULK} VINs at a time.`);
    return ctx.loaders.vehicleByVin.loadMany(vins.map(normalizeVin)) as Promise<(Vehicle | null)[]>;
  }

  @Query(() => VehicleConnection, { description: 'Search the register, oldest first (staff and authorised partners).' })
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

  @Query(() => VinDecodingType, { description: 'Decode a VIN: region, manufacturer, model year, check digit.' })
  async decodeVin(@Arg('vin', () => String) vin: string, @Ctx() ctx: Context): Promise<VinDecodingType> {
    requireSignedIn(ctx.actor);
    const d = decodeVin(vin);
    // The catalogue knows which make each demo WMI belongs to only through its vehicles.
    const known = d.wmi ? await ctx.em.findOne(Vehicle, { vin: { $like: `${d.wmi}%` } }, { populate: ['brand'] }) : null;
    return { ...d, manufacturer: known?.brand.getEntity().name ?? null };
  }

  @Mutation(() => Vehicle, { description: 'Register an imported vehicle from its customs declaration (staff, dealers).' })
  registerImportedVehicle(@Arg('input', () => RegisterImportedVehicleInput) input: RegisterImportedVehicleInput, @Ctx() ctx: Context): Promise<Vehicle> {
    return registerImportedVehicle(ctx.em, ctx.actor, ctx.services.customs, input.customsReference);
  }

  @Mutation(() => Vehicle, { description: 'Register a vehicle made or assembled in Benin (staff, dealers).' })
  registerLocalVehicle(@Arg('input', () => RegisterLocalVehicleInput) input: RegisterLocalVehicleInput, @Ctx() ctx: Context): Promise<Vehicle> {
    return registerLocalVehicle(ctx.em, ctx.actor, input);
  }

  @Mutation(() => CustomsClearance, { description: 'Ask customs again (e.g. once the duties are paid).' })
  refreshCustomsClearance(@Arg('vehicleId', () => ID) vehicleId: string, @Ctx() ctx: Context): Promise<CustomsClearance> {
    return refreshClearance(ctx.em, ctx.actor, ctx.services.customs, vehicleId);
  }

  @Mutation(() => Vehicle, { description: 'Record a transformation: changed characteristics, with the reason (staff).' })
  transformVehicle(@Arg('input', () => TransformVehicleInput) input: TransformVehicleInput, @Ctx() ctx: Context): Promise<Vehicle> {
    return transformVehicle(ctx.em, ctx.actor, input);
  }

  @FieldResolver(() => Brand)
  async brand(@Root() vehicle: Vehicle, @Ctx() ctx: Context): Promise<Brand> {
    return (await ctx.loaders.brand.load(vehicle.brand.id))!;
  }

  @FieldResolver(() => VehicleModel)
  async model(@Root() vehicle: Vehicle, @Ctx() ctx: Context): Promise<VehicleModel> {
    return (await ctx.loaders.model.load(vehicle.model.id))!;
  }

  @FieldResolver(() => Int, { description: 'How many plates it takes.' })
  platesCount(@Root() vehicle: Vehicle): number {
    return PLATES_PER_CATEGORY[vehicle.category];
  }

  @FieldResolver(() => CustomsClearance, { nullable: true, description: 'Dédouanement (imported vehicles).' })
  customsClearance(@Root() vehicle: Vehicle, @Ctx() ctx: Context): Promise<CustomsClearance | null> {
    return ctx.loaders.clearance.load(vehicle.id);
  }

  @FieldResolver(() => Boolean, { description: 'May be registered: made locally, or cleared by customs with duties paid.' })
  async registrable(@Root() vehicle: Vehicle, @Ctx() ctx: Context): Promise<boolean> {
    if (vehicle.origin === VehicleOrigin.LOCAL) return true;
    return (await ctx.loaders.clearance.load(vehicle.id))?.dutiesPaid ?? false;
  }

  @FieldResolver(() => [VehicleChange], { description: 'Technical history: transformations, oldest first.' })
  async technicalHistory(@Root() vehicle: Vehicle, @Ctx() ctx: Context): Promise<VehicleChange[]> {
    return boundList(await ctx.loaders.changes.load(vehicle.id), 'oldest-first');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Numéro de moteur (staff and authorised partners).' })
  engineNumber(@Root() vehicle: Vehicle, @Ctx() ctx: Context): string | null {
    return technical(ctx.actor) ? (vehicle.engineNumber ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Customs declaration reference, Douane (staff and authorised partners).' })
  customsReference(@Root() vehicle: Vehicle, @Ctx() ctx: Context): string | null {
    return technical(ctx.actor) ? (vehicle.customsReference ?? null) : null;
  }
}

@Resolver(() => VehicleModel)
export class VehicleModelResolver {
  @FieldResolver(() => Brand)
  async brand(@Root() model: VehicleModel, @Ctx() ctx: Context): Promise<Brand> {
    return (await ctx.loaders.brand.load(model.brand.id))!;
  }
}

@Resolver(() => CustomsClearance)
export class CustomsClearanceResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Customs declaration number (staff, justice and partners with vehicles:read; null for others, like Vehicle.customsReference).' })
  reference(@Root() clearance: CustomsClearance, @Ctx() ctx: Context): string | null {
    return technical(ctx.actor) ? clearance.reference : null;
  }
}
