/** Every move of a demand leaves an audit row and an outbox event in the same transaction. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@simveb/platform/auth/actor';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { DemandEvent } from './demand-event.entity';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus } from './demand.enums';
import { DEMAND_STATUS_TOPIC, type DemandStatusPayload } from './demand.events';

export function statusEvent(demand: Demand, previous: DemandStatus | null, actor: Actor, at: Date): OutboxEvent {
  const payload: DemandStatusPayload = {
    demandId: demand.id,
    reference: demand.reference,
    serviceCode: demand.serviceCode,
    applicantId: demand.applicantId,
    centerId: demand.centerId ?? null,
    filedByAffiliateId: demand.filedByAffiliateId ?? null,
    vehicleCategory: demand.vehicleCategory ?? null,
    holderKind: demand.applicantKind ?? null,
    urgent: demand.urgent,
    previousStatus: previous,
    status: demand.status,
    version: demand.version,
    at: at.toISOString(),
    actorId: actor.kind === 'system' ? null : actor.partyId,
  };
  return OutboxEvent.of(DEMAND_STATUS_TOPIC, payload);
}

/** A move's audit row and its outbox event (after the flush, so the event carries the new version). */
export async function recordMove(tx: EntityManager, demand: Demand, action: DemandAction, from: DemandStatus, actor: Actor, reason: string | null, now: Date): Promise<void> {
  tx.persist(tx.create(DemandEvent, { demandId: demand.id, action, fromStatus: from, toStatus: demand.status, actorId: actor.partyId, reason, at: now }));
  await tx.flush();
  tx.persist(statusEvent(demand, from, actor, now));
}
