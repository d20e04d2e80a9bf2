import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import { requireRole, requireSignedIn } from '@simveb/platform/auth/actor';
import { isUniqueViolation } from '@simveb/platform/db/orm';
import { BadInput, Conflict } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from '../context';
import { Brand } from './brand.entity';
import { PLATES_PER_CATEGORY, VehicleCategory } from './catalogue.enums';
import { VehicleModel } from './vehicle-model.entity';

@ObjectType('VehicleCategoryInfo')
class VehicleCategoryInfo {
  @Field(() => VehicleCategory)
  category!: VehicleCategory;

  @Field(() => Int, { description: '2- and 3-wheelers take one plate, the others two.' })
  platesCount!: number;
}

@InputType()
class CreateVehicleModelInput {
  @Field(() => ID)
  brandId!: string;

  @Field(() => String)
  @Length(1, 80)
  name!: string;

  @Field(() => VehicleCategory)
  category!: VehicleCategory;
}

async function saving<T>(work: () => Promise<T>, duplicate: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw new Conflict(duplicate);
    throw err;
  }
}

@Resolver()
export class CatalogueResolver {
  @Query(() => [Brand], { description: 'Makes in the catalogue, by name.' })
  brands(@Ctx() ctx: Context): Promise<Brand[]> {
    requireSignedIn(ctx.actor);
    return ctx.em.find(Brand, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [VehicleModel], { description: 'Models, of one make or all.' })
  vehicleModels(@Ctx() ctx: Context, @Arg('brandId', () => ID, { nullable: true }) brandId?: string): Promise<VehicleModel[]> {
    requireSignedIn(ctx.actor);
    if (brandId && !isUuid(brandId)) throw BadInput.field('brandId', 'Not a valid id.');
    return ctx.em.find(VehicleModel, brandId ? { brand: brandId } : {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [VehicleCategoryInfo], { description: 'Categories (genres) and the plates each takes.' })
  vehicleCategories(): VehicleCategoryInfo[] {
    return Object.values(VehicleCategory).map((category) => ({ category, platesCount: PLATES_PER_CATEGORY[category] }));
  }

  @Mutation(() => Brand, { description: 'Add a make to the catalogue (admins; audited).' })
  async createBrand(@Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<Brand> {
    requireRole(ctx.actor, ['ADMIN'], 'manage the catalogue');
    const clean = name.trim();
    if (clean.length < 1 || clean.length > 80) throw BadInput.field('name', 'A make has 1 to 80 characters.');
    return saving(async () => {
      const brand = ctx.em.create(Brand, { name: clean });
      audit(ctx.em, ctx.actor.accountId, 'catalogue.brand', brand.id, { name: clean });
      await ctx.em.flush();
      return brand;
    }, `${clean} is already in the catalogue.`);
  }

  @Mutation(() => VehicleModel, { description: 'Add a model to a make (admins; audited).' })
  async createVehicleModel(@Arg('input', () => CreateVehicleModelInput) input: CreateVehicleModelInput, @Ctx() ctx: Context): Promise<VehicleModel> {
    requireRole(ctx.actor, ['ADMIN'], 'manage the catalogue');
    const brand = isUuid(input.brandId) ? await ctx.em.findOne(Brand, input.brandId) : null;
    if (!brand) throw BadInput.field('brandId', 'No such make.');
    return saving(async () => {
      const model = ctx.em.create(VehicleModel, { brand, name: input.name.trim(), category: input.category });
      audit(ctx.em, ctx.actor.accountId, 'catalogue.model', model.id, { brand: brand.name, name: model.name });
      await ctx.em.flush();
      return model;
    }, `${brand.name} ${input.name} is already in the catalogue.`);
  }
}
