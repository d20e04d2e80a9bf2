import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { Demand } from './demand.entity';
import type { PublishedEvent } from '@simveb/platform/outbox/outbox-relay';
import { hasRole, requireRole, requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { actsAsThemselves } from '@simveb/platform/auth/authorization-context';
import { KeyedFanout } from '@simveb/platform/bus/keyed-fanout';
import type { EventBus } from '@simveb/platform/bus/event-bus';
import { Forbidden } from '@simveb/platform/errors';
import { readSurvivingLostConnection } from '@simveb/platform/db/connection-lost';
import type { Context } from '../context';
import { canSeeDemand, NATIONAL_ROLES } from './demand.access';
import { PartyRef } from '../party/party.stubs';
import { DEMAND_STATUS_TOPIC, DemandStatusEvent, type DemandStatusPayload } from './demand.events';

interface StatusArgs {
  demandId?: string | null;
  applicantId?: string | null;
  centerId?: string | null;
}

function matches(args: StatusArgs, p: DemandStatusPayload): boolean {
  return (!args.demandId || args.demandId === p.demandId) && (!args.applicantId || args.applicantId === p.applicantId) && (!args.centerId || args.centerId === p.centerId);
}

const payloadOf = (e: PublishedEvent) => e.payload as unknown as DemandStatusPayload;

/** Every demand status event, filed under its demand, applicant, centre and filing affiliate. */
export function demandStatusFanout(bus: EventBus): KeyedFanout<PublishedEvent> {
  return new KeyedFanout<PublishedEvent>(
    bus,
    DEMAND_STATUS_TOPIC,
    (e) => {
      const p = payloadOf(e);
      return [`demand:${p.demandId}`, `applicant:${p.applicantId}`, p.centerId && `center:${p.centerId}`, p.filedByAffiliateId && `affiliate:${p.filedByAffiliateId}`];
    },
    (e) => e.eventId,
  );
}

/**
 * The narrowest key that still holds every event this subscriber may
 * receive: its argument if it gave one, else what its visibility rests on
 * (own demands, one centre, one affiliate); "*" for national staff and the
 * rest. The filter still decides: the key only spares the others the work.
 */
function keyFor(args: StatusArgs, actor: Actor, centers: readonly string[]): string {
  if (args.demandId) return `demand:${args.demandId}`;
  if (args.applicantId) return `applicant:${args.applicantId}`;
  if (args.centerId) return `center:${args.centerId}`;
  if (hasRole(actor, ...NATIONAL_ROLES)) return '*';
  if (actsAsThemselves(actor) && actor.partyId) return `applicant:${actor.partyId}`;
  const staffOnly = actor.roles.length > 0 && actor.roles.every((r) => r === 'AGENT' || r === 'SERVICE_HEAD') && !actor.affiliateId;
  if (staffOnly) return centers.length === 1 ? `center:${centers[0]}` : '*';
  if (actor.affiliateId && actor.affiliateKind !== 'INTERPOL' && actor.affiliateKind !== 'PLATE_PRINTER' && !actor.roles.some((r) => r === 'AGENT' || r === 'SERVICE_HEAD')) {
    return `affiliate:${actor.affiliateId}`;
  }
  return '*';
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
      const a = args as StatusArgs;
      return ctx.services.demandStatus.subscribe(keyFor(a, ctx.actor, centers), (e) => {
        const p = payloadOf(e);
        return matches(a, p) && canSeeDemand(ctx.actor, p, centers);
      });
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

/**
 * The demand of one event, read once for every subscription it reaches (the
 * fan-out hands them the same event object): a national manager's, the
 * centre's and the applicant's subscriptions do not each query it. The
 * entity has no relations; each context reads what hangs off it with its own loaders.
 */
const demandOfEvent = new WeakMap<PublishedEvent, Promise<Demand | null>>();

async function toStatusEvent(event: PublishedEvent, ctx: Context): Promise<DemandStatusEvent> {
  const p = payloadOf(event);
  // One context lives as long as the subscription: read each event fresh.
  ctx.renew();
  // A connection the database just ended must not cost the watchers this event: they would never get it again.
  if (!demandOfEvent.has(event))
    demandOfEvent.set(
      event,
      readSurvivingLostConnection(() => {
        ctx.loaders.demand.clear(p.demandId);
        return ctx.loaders.demand.load(p.demandId);
      }),
    );
  const demand = await demandOfEvent.get(event)!;
  ctx.loaders.demand.clear(p.demandId).prime(p.demandId, demand);
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
      return ctx.services.demandStatus.subscribe(`center:${centerId}`, (e) => payloadOf(e).centerId === centerId);
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
