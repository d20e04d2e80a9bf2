import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { boundList } from '@simveb/platform/graphql/list-bound';
import { hasRole, requireRole, requireSignedIn } from '@simveb/platform/auth/actor';
import { BadInput } from '@simveb/platform/errors';
import { Connection } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { ManagementCenter } from '../center/center.entity';
import type { Context } from '../context';
import { DemandDocumentFile } from '../document/document.entity';
import { PartyRef } from '../party/party.stubs';
import { Service } from '../service/service.entity';
import { VehicleRef } from '../vehicle/vehicle.stub';
import { canSeeDemand, demandVisibility } from './demand.access';
import { DemandEvent } from './demand-event.entity';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus } from './demand.enums';
import { DemandFilter, SubmitDemandInput, TransitionDemandInput } from './demand.inputs';
import { demandStats, listDemands } from './demand-queries';
import { submitDemand } from './file-demand';
import { transitionDemand } from './transition';
import { allowedActions } from './workflow';
import { fileOppositions } from '../encumbrance/opposition.service';
import { confirmSaleDeclaration } from '../sale/sale-confirmation.service';

export const DemandConnection = Connection(Demand, 'Demand');

@ObjectType('DemandStatusCount')
class DemandStatusCount {
  @Field(() => DemandStatus) status!: DemandStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('DemandStats', { description: 'Dashboard figures for a centre (or all) over a period of filing dates.' })
class DemandStats {
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Open demands past their step’s target time now.' }) overdue!: number;
  @Field(() => [DemandStatusCount], { description: 'Current status of the demands filed in the period.' }) byStatus!: DemandStatusCount[];
  @Field(() => Int, { nullable: true, description: 'Average hours from filing to closing, for those closed.' }) averageHoursToClose!: number | null;
}

@Resolver(() => Demand)
export class DemandResolver {
  @Query(() => Demand, { nullable: true, description: 'A demand by id, if you may see it.' })
  async demand(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Demand | null> {
    requireSignedIn(ctx.actor);
    const demand = isUuid(id) ? await ctx.loaders.demand.load(id) : null;
    return demand && canSeeDemand(ctx.actor, demand, await ctx.centers()) ? demand : null;
  }

  @Query(() => DemandConnection, { description: 'Demands you may see, newest first; filter by status, centre, agent, overdue…' })
  async demands(
    @Ctx() ctx: Context,
    @Arg('filter', () => DemandFilter, { nullable: true }) filter?: DemandFilter,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listDemands(ctx.em, ctx.actor, await ctx.centers(), filter, first, after);
  }

  @Query(() => DemandStats, { description: 'Counts per status, overdue and time to close, for a centre (staff).' })
  async demandStats(
    @Ctx() ctx: Context,
    @Arg('centerId', () => ID, { nullable: true }) centerId?: string,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
  ): Promise<DemandStats> {
    requireRole(ctx.actor, ['ADMIN', 'DEMAND_MANAGER', 'SERVICE_HEAD', 'AGENT'], 'see dashboards');
    if (centerId && !isUuid(centerId)) throw BadInput.field('centerId', 'Not a valid id.');
    const centers = await ctx.centers();
    const national = hasRole(ctx.actor, 'ADMIN', 'DEMAND_MANAGER');
    if (centerId && !national && !centers.includes(centerId)) return { total: 0, overdue: 0, byStatus: [], averageHoursToClose: null };
    const scope = centerId ? [centerId] : national ? null : centers;
    return demandStats(ctx.em, scope, from, to);
  }

  @Mutation(() => Demand, { description: 'File a demand (déposer une demande): documents first, then this.' })
  async submitDemand(@Arg('input', () => SubmitDemandInput) input: SubmitDemandInput, @Ctx() ctx: Context): Promise<Demand> {
    return submitDemand(ctx.em, input, ctx.actor, ctx.services);
  }

  @Mutation(() => Demand, { description: 'Seller or buyer: confirm a sale declaration with the token from confirmSaleConfirmationCode (the code sent to your phone).' })
  confirmSaleDeclaration(@Arg('demandId', () => ID) demandId: string, @Arg('confirmationToken', () => String) confirmationToken: string, @Ctx() ctx: Context): Promise<Demand> {
    return confirmSaleDeclaration(ctx.em, ctx.actor, ctx.services.keys, demandId, confirmationToken.slice(0, 4000));
  }

  @Mutation(() => [Demand], { description: 'Court clerk: oppositions on one or more vehicles from one court decision (documentIds: the court order), filed together or not at all.' })
  async fileOppositions(@Arg('vehicleIds', () => [ID]) vehicleIds: string[], @Arg('documentIds', () => [ID]) documentIds: string[], @Ctx() ctx: Context): Promise<Demand[]> {
    return fileOppositions(ctx.em, vehicleIds, documentIds, ctx.actor, ctx.services);
  }

  @Mutation(() => Demand, { description: 'Move a demand along its workflow (with the version you last saw).' })
  async transitionDemand(@Arg('input', () => TransitionDemandInput) input: TransitionDemandInput, @Ctx() ctx: Context): Promise<Demand> {
    return transitionDemand(ctx.em, input, ctx.actor, await ctx.centers(), ctx.services);
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

  @FieldResolver(() => ManagementCenter, { nullable: true, description: 'Centre de gestion treating it.' })
  center(@Root() demand: Demand, @Ctx() ctx: Context): Promise<ManagementCenter | null> | null {
    return demand.centerId ? ctx.loaders.center.load(demand.centerId) : null;
  }

  @FieldResolver(() => PartyRef, { nullable: true, description: 'The agent treating it.' })
  assignedAgent(@Root() demand: Demand): PartyRef | null {
    return demand.assignedAgentId ? new PartyRef(demand.assignedAgentId) : null;
  }

  @FieldResolver(() => [DemandDocumentFile])
  async documents(@Root() demand: Demand, @Ctx() ctx: Context): Promise<DemandDocumentFile[]> {
    return boundList(await ctx.loaders.documents.load(demand.id), 'oldest-first');
  }

  @FieldResolver(() => [DemandAction], { description: 'Actions the workflow allows from the current status (whoever performs them).' })
  async nextActions(@Root() demand: Demand, @Ctx() ctx: Context): Promise<DemandAction[]> {
    const service = await ctx.loaders.service.load(demand.serviceCode);
    return service ? allowedActions(demand.status, service) : [];
  }

  @FieldResolver(() => [DemandEvent], { description: 'The audit trail, oldest first.' })
  async history(@Root() demand: Demand, @Ctx() ctx: Context): Promise<DemandEvent[]> {
    return boundList(await ctx.loaders.history.load(demand.id), 'oldest-first');
  }
}

@Resolver(() => DemandEvent)
export class DemandEventResolver {
  @FieldResolver(() => PartyRef, { nullable: true, description: 'Who acted; null for the system.' })
  actor(@Root() event: DemandEvent): PartyRef | null {
    return event.actorId ? new PartyRef(event.actorId) : null;
  }
}

export { demandVisibility };
