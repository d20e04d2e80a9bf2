import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from '../context';
import { PartyRef } from '../party/party.stubs';
import { Service } from '../service/service.entity';
import { VehicleRef } from '../vehicle/vehicle.stub';
import { DemandEvent } from './demand-event.entity';
import { Demand } from './demand.entity';
import { DemandFilter, SubmitDemandInput, TransitionDemandInput } from './demand.inputs';
import { canSeeDemand } from './demand.access';
import { listDemands, submitDemand, transitionDemand } from './demand.service';
import { requireSignedIn } from '@simveb/platform/auth/actor';

export const DemandConnection = Connection(Demand, 'Demand');

@Resolver(() => Demand)
export class DemandResolver {
  @Query(() => Demand, { nullable: true, description: 'A demand by id, if it is yours (or you are staff, or your affiliate filed it).' })
  async demand(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Demand | null> {
    requireSignedIn(ctx.actor);
    const demand = isUuid(id) ? await ctx.loaders.demand.load(id) : null;
    return demand && canSeeDemand(ctx.actor, demand) ? demand : null;
  }

  @Query(() => DemandConnection, { description: 'Demands matching a filter, newest first.' })
  demands(
    @Ctx() ctx: Context,
    @Arg('filter', () => DemandFilter, { nullable: true }) filter?: DemandFilter,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listDemands(ctx.em, ctx.actor, filter, first, after);
  }

  @Mutation(() => Demand, { description: 'File a demand (déposer une demande).' })
  async submitDemand(@Arg('input', () => SubmitDemandInput) input: SubmitDemandInput, @Ctx() ctx: Context): Promise<Demand> {
    const demand = await submitDemand(ctx.em, input, ctx.actor, ctx.runtime.keys);
    ctx.runtime.relay.kick();
    return demand;
  }

  @Mutation(() => Demand, { description: 'Move a demand along its workflow.' })
  async transitionDemand(@Arg('input', () => TransitionDemandInput) input: TransitionDemandInput, @Ctx() ctx: Context): Promise<Demand> {
    const demand = await transitionDemand(ctx.em, input, ctx.actor);
    ctx.runtime.relay.kick();
    return demand;
  }

  @FieldResolver(() => Service)
  async service(@Root() demand: Demand, @Ctx() ctx: Context): Promise<Service> {
    return (await ctx.loaders.service.load(demand.serviceCode))!;
  }

  @FieldResolver(() => PartyRef, { description: 'Demandeur.' })
  applicant(@Root() demand: Demand): PartyRef {
    return new PartyRef(demand.applicantId);
  }

  @FieldResolver(() => VehicleRef, { nullable: true })
  vehicle(@Root() demand: Demand): VehicleRef | null {
    return demand.vehicleId ? new VehicleRef(demand.vehicleId) : null;
  }

  @FieldResolver(() => [DemandEvent], { description: 'The audit trail, oldest first.' })
  history(@Root() demand: Demand, @Ctx() ctx: Context): Promise<DemandEvent[]> {
    return ctx.loaders.history.load(demand.id);
  }
}

@Resolver(() => DemandEvent)
export class DemandEventResolver {
  @FieldResolver(() => PartyRef, { nullable: true, description: 'Who acted; null for the system.' })
  actor(@Root() event: DemandEvent): PartyRef | null {
    return event.actorId ? new PartyRef(event.actorId) : null;
  }
}
