import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ACTIVE_ENCUMBRANCES_BOUND, boundList } from '@simveb/platform/graphql/list-bound';
import { hasRole, hasScope, JUSTICE_ROLES, requireSignedIn, STAFF_ROLES } from '@simveb/platform/auth/actor';
import { BadInput, Forbidden } from '@simveb/platform/errors';
import type { Context } from '../context';
import { canSeeHolder } from '../demand/demand.access';
import { PartyRef } from '../party/party.stubs';
import { Plate } from '../plate/plate.entity';
import { Registration } from '../registration/registration.entity';
import { Encumbrance } from '../encumbrance/encumbrance.entity';
import { Holding } from '../holding/holding.entity';
import { GrayCard } from '../gray-card/gray-card.entity';
import { IssuedDocument } from '../issued-document/issued-document.entity';
import { maySeeDocument } from '../issued-document/issued-document.service';
import { normalizePlate } from '../plate/plate-number';
import { VehicleRef } from './vehicle.stub';

@Resolver(() => VehicleRef)
export class VehicleRefResolver {
  @Query(() => VehicleRef, { nullable: true, description: 'The vehicle wearing this plate now; any spacing and case ("ab-1234 rb").' })
  async vehicleByPlate(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<VehicleRef | null> {
    requireSignedIn(ctx.actor);
    const plate = await ctx.loaders.activePlateByNumber.load(normalizePlate(number));
    return plate ? new VehicleRef(plate.vehicleId) : null;
  }

  @Query(() => [VehicleRef], { nullable: 'items', description: 'Bulk look-up by plate, up to 500 (police checks, partners); null where no vehicle wears it.' })
  async vehiclesByPlates(@Arg('numbers', () => [String]) numbers: string[], @Ctx() ctx: Context): Promise<(VehicleRef | null)[]> {
    requireSignedIn(ctx.actor);
    const a = ctx.actor;
    if (!hasRole(a, ...STAFF_ROLES, ...JUSTICE_ROLES) && !hasScope(a, 'vehicles:read') && !hasScope(a, 'holders:read')) {
      throw new Forbidden('Bulk look-ups are for ANaTT staff, justice and authorised partners.');
    }
    if (numbers.length > 500) throw BadInput.field('numbers', 'At most 500 plates at a time.');
    const plates = await ctx.loaders.activePlateByNumber.loadMany(numbers.map(normalizePlate));
    return plates.map((p) => (p && !(p instanceof Error) ? new VehicleRef(p.vehicleId) : null));
  }

  @FieldResolver(() => [Encumbrance], { description: 'Pledges and oppositions, active and lifted (situation administrative).' })
  async encumbrances(@Root() vehicle: VehicleRef, @Ctx() ctx: Context, @Arg('activeOnly', () => Boolean, { defaultValue: true }) activeOnly: boolean): Promise<Encumbrance[]> {
    const all = await ctx.loaders.encumbrances.load(vehicle.id);
    return activeOnly ? all.filter((e) => e.active).slice(-ACTIVE_ENCUMBRANCES_BOUND) : boundList(all, 'oldest-first');
  }

  @FieldResolver(() => [Holding], { description: 'Every holder, oldest first (holder, staff and authorised partners).' })
  async holdingHistory(@Root() vehicle: VehicleRef, @Ctx() ctx: Context): Promise<Holding[]> {
    const all = await ctx.loaders.holdings.load(vehicle.id);
    const current = all.find((h) => !h.endedAt);
    return current && canSeeHolder(ctx.actor, current.holderId) ? boundList(all, 'oldest-first') : [];
  }

  @FieldResolver(() => GrayCard, { nullable: true, description: 'The gray card in force (holder, staff and authorised partners).' })
  async grayCard(@Root() vehicle: VehicleRef, @Ctx() ctx: Context): Promise<GrayCard | null> {
    const card = await ctx.loaders.grayCard.load(vehicle.id);
    return card && canSeeHolder(ctx.actor, card.holderId) ? card : null;
  }

  @FieldResolver(() => [IssuedDocument], { description: 'Certificates, sale declarations, authorisations issued for it, newest first (holder, staff).' })
  async documents(@Root() vehicle: VehicleRef, @Ctx() ctx: Context): Promise<IssuedDocument[]> {
    const docs = await ctx.loaders.issuedDocuments.load(vehicle.id);
    return boundList(
      docs.filter((d) => maySeeDocument(ctx.actor, d)),
      'newest-first',
    );
  }

  @FieldResolver(() => Registration, { nullable: true, description: 'Its immatriculation (number, date), once validated.' })
  registration(@Root() vehicle: VehicleRef, @Ctx() ctx: Context): Promise<Registration | null> {
    return ctx.loaders.registration.load(vehicle.id);
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
