import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Demand } from './demand.entity';
import type { PublishedEvent } from '@simveb/platform/outbox/outbox-relay';
import { hasRole, requireRole, requireSignedIn } from '@simveb/platform/auth/actor';
import { Forbidden } from '@simveb/platform/errors';
import type { Context } from '../context';
import { canSeeDemand } from './demand.access';
import { PartyRef } from '../party/party.stubs';
import { DEMAND_STATUS_TOPIC, DemandStatusEvent, type DemandStatusPayload } from './demand.events';

interface StatusArgs {
  demandId?: string | null;
  applicantId?: string | null;
  centerId?: string | null;
}

function matches(args: StatusArgs, p: DemandStatusPayload): boolean {
  return (
    (!args.demandId || args.demandId === p.demandId) &&
    (!args.applicantId || args.applicantId === p.applicantId) &&
    (!args.centerId || args.centerId === p.centerId)
  );
}

@Resolver()
export class DemandSubscriptionResolver {
  @Subscription(() => DemandStatusEvent, {
    description: 'Status changes of the demands you may see, live. Narrow by demand, applicant or management centre.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      requireSignedIn(ctx.actor);
      const centers = await ctx.centers();
      // Each subscriber receives only events of demands it may see (citizen: own; agent: their centre; affiliate: filed by it).
      return pipe(
        ctx.runtime.bus.subscribe<PublishedEvent>(DEMAND_STATUS_TOPIC),
        filter((e: PublishedEvent) => {
          const p = e.payload as unknown as DemandStatusPayload;
          return matches(args as StatusArgs, p) && canSeeDemand(ctx.actor, p, centers);
        }),
      );
    },
  })
  async demandStatusChanged(
    @Root() event: PublishedEvent,
    @Ctx() ctx: Context,
    @Arg('demandId', () => ID, { nullable: true }) _demandId?: string,
    @Arg('applicantId', () => ID, { nullable: true }) _applicantId?: string,
    @Arg('centerId', () => ID, { nullable: true }) _centerId?: string,
  ): Promise<DemandStatusEvent> {
    return toStatusEvent(event, ctx);
  }
}

async function toStatusEvent(event: PublishedEvent, ctx: Context): Promise<DemandStatusEvent> {
  const p = event.payload as unknown as DemandStatusPayload;
  // One context lives as long as the subscription: read each event fresh.
  ctx.renew();
  return {
    demandId: p.demandId,
    previousStatus: p.previousStatus,
    status: p.status,
    version: p.version,
    at: new Date(p.at),
    actor: p.actorId ? new PartyRef(p.actorId) : null,
  };
}

@Resolver()
export class DemandQueueSubscriptionResolver {
  @Subscription(() => DemandStatusEvent, {
    description: 'Backoffice queue of a management centre: every status change of its demands (its staff, national managers).',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      requireRole(ctx.actor, ['ADMIN', 'DEMAND_MANAGER', 'SERVICE_HEAD', 'AGENT'], 'watch a centre queue');
      const centerId = (args as { centerId: string }).centerId;
      const national = hasRole(ctx.actor, 'ADMIN', 'DEMAND_MANAGER');
      if (!national && !(await ctx.centers()).includes(centerId)) throw new Forbidden('You do not work in this centre.');
      return pipe(
        ctx.runtime.bus.subscribe<PublishedEvent>(DEMAND_STATUS_TOPIC),
        filter((e: PublishedEvent) => (e.payload as unknown as DemandStatusPayload).centerId === centerId),
      );
    },
  })
  async demandQueueChanged(@Root() event: PublishedEvent, @Ctx() ctx: Context, @Arg('centerId', () => ID) _centerId: string): Promise<DemandStatusEvent> {
    return toStatusEvent(event, ctx);
  }
}

@Resolver(() => DemandStatusEvent)
export class DemandStatusEventResolver {
  @FieldResolver(() => Demand, { description: 'Read at delivery: the demand as it is now, which may be newer than this event.' })
  async demand(@Root() event: DemandStatusEvent, @Ctx() ctx: Context): Promise<Demand> {
    return (await ctx.loaders.demand.load(event.demandId))!;
  }
}
