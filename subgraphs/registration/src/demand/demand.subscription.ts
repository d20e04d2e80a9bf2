import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { PublishedEvent } from '@simveb/platform/outbox/outbox-relay';
import { requireSignedIn } from '@simveb/platform/auth/actor';
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
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      requireSignedIn(ctx.actor);
      // Each subscriber receives only events of demands it may see (citizen: own; affiliate: filed by it; staff: all).
      return pipe(
        ctx.runtime.bus.subscribe<PublishedEvent>(DEMAND_STATUS_TOPIC),
        filter((e: PublishedEvent) => {
          const p = e.payload as unknown as DemandStatusPayload;
          return matches(args as StatusArgs, p) && canSeeDemand(ctx.actor, p);
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
    const p = event.payload as unknown as DemandStatusPayload;
    // One context lives as long as the subscription: read each event fresh.
    ctx.renew();
    const demand = await ctx.loaders.demand.load(p.demandId);
    return {
      demand: demand!,
      previousStatus: p.previousStatus,
      status: p.status,
      at: new Date(p.at),
      actor: p.actorId ? new PartyRef(p.actorId) : null,
    };
  }
}
