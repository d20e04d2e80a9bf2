import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { OrderLine } from '../order/order.entity';
import { tariffsInForce } from './pricing';
import { ServiceRef } from './service.stub';
import { Tariff } from './tariff.entity';
import { HolderKind } from './tariff.enums';
import { SetTariffInput } from './tariff.inputs';
import { quote, setTariff } from './tariff.service';

@ObjectType('Quote', { description: 'Devis: what a demand would cost if filed now.' })
export class Quote {
  @Field(() => ServiceRef)
  service!: ServiceRef;

  @Field(() => [OrderLine])
  lines!: OrderLine[];

  @Field(() => Int, { description: 'XOF.' })
  total!: number;

  @Field(() => String, { nullable: true, description: 'Vehicle category the price was computed for.' })
  vehicleCategory!: string | null;

  @Field(() => Date, { description: 'Prices in force at this moment.' })
  at!: Date;
}

@Resolver(() => Tariff)
export class TariffResolver {
  @Query(() => [Tariff], { description: 'Fee lines in force (now, or at a date), one per service, component and variation.' })
  tariffs(@Ctx() ctx: Context, @Arg('serviceCode', () => String, { nullable: true }) serviceCode?: string, @Arg('at', () => Date, { nullable: true }) at?: Date): Promise<Tariff[]> {
    return tariffsInForce(ctx.em, at ?? new Date(), serviceCode ?? undefined);
  }

  @Query(() => Quote, { description: 'Devis: the price of a demand before filing it (same lines as its order will have).' })
  async quote(
    @Arg('serviceCode', () => String) serviceCode: string,
    @Ctx() ctx: Context,
    @Arg('vehicleId', () => ID, { nullable: true }) vehicleId?: string,
    @Arg('urgent', () => Boolean, { defaultValue: false }) urgent?: boolean,
    @Arg('holderKind', () => HolderKind, { defaultValue: HolderKind.PERSON, description: 'Who will hold the vehicle.' }) holderKind?: HolderKind,
  ): Promise<Quote> {
    const q = await quote(ctx.em, ctx.actor, ctx.services, {
      serviceCode: serviceCode.slice(0, 60),
      vehicleId: vehicleId ?? undefined,
      urgent: urgent ?? false,
      holderKind: holderKind ?? HolderKind.PERSON,
    });
    return { service: Object.assign(new ServiceRef(), { code: serviceCode }), lines: q.lines, total: q.total, vehicleCategory: q.vehicleCategory, at: new Date() };
  }

  @Mutation(() => Tariff, { description: 'Admin: a new fee line in force from a date (audited; history kept).' })
  setTariff(@Arg('input', () => SetTariffInput) input: SetTariffInput, @Ctx() ctx: Context): Promise<Tariff> {
    return setTariff(ctx.em, ctx.actor, input);
  }

  @FieldResolver(() => ServiceRef)
  service(@Root() tariff: Tariff): ServiceRef {
    return Object.assign(new ServiceRef(), { code: tariff.serviceCode });
  }
}
