import { OptimisticLockError, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWTVerifyGetKey } from 'jose';
import { hasRole, requireSignedIn, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';
import { verifyConsent } from '@simveb/platform/auth/verify-token';
import { BadInput, Conflict, Forbidden, IllegalTransition, NotFound, type FieldProblem } from '@simveb/platform/errors';
import { toConnection, toPage } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { Service } from '../service/service.entity';
import { canSeeDemand, demandVisibility } from './demand.access';
import { DemandEvent } from './demand-event.entity';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus } from './demand.enums';
import type { DemandFilter, SubmitDemandInput, TransitionDemandInput } from './demand.inputs';
import { DEMAND_STATUS_TOPIC, type DemandStatusPayload } from './demand.events';
import { nextDemandReference } from './reference';
import { ACTION_ROLES, allowedActions, nextStatus, NEEDS_REASON } from './workflow';

function statusEvent(demand: Demand, previous: DemandStatus | null, actor: Actor, at: Date): OutboxEvent {
  const payload: DemandStatusPayload = {
    demandId: demand.id,
    applicantId: demand.applicantId,
    centerId: demand.centerId ?? null,
    filedByAffiliateId: demand.filedByAffiliateId ?? null,
    previousStatus: previous,
    status: demand.status,
    version: demand.version,
    at: at.toISOString(),
    actorId: actor.partyId,
  };
  return new OutboxEvent(DEMAND_STATUS_TOPIC, { ...payload });
}

/**
 * Whose demand it is: a citizen files for themself; an affiliate for a holder
 * who consented (token from identity); an ANaTT agent at the counter for anyone.
 */
async function resolveApplicant(actor: Actor, input: SubmitDemandInput, keys: JWTVerifyGetKey): Promise<{ applicantId: string; filedBy: string | null }> {
  requireSignedIn(actor);
  if (actor.affiliateId) {
    if (!input.applicantId) throw BadInput.field('applicantId', 'Say whom you file for.');
    const consent = input.consentToken ? await verifyConsent(keys, input.consentToken) : null;
    if (!consent || consent.holderId !== input.applicantId || consent.affiliateId !== actor.affiliateId) {
      throw new Forbidden('Filing for a holder needs their consent: requestHolderConsent, then confirmHolderConsent with the code they received.');
    }
    if (actor.kind === 'partner' && !actor.scopes.includes('demands:write')) throw new Forbidden('This API key may not file demands.');
    return { applicantId: input.applicantId, filedBy: actor.affiliateId };
  }
  if (hasRole(actor, ...STAFF_ROLES)) {
    if (!input.applicantId) throw BadInput.field('applicantId', 'Say whom you file for.');
    return { applicantId: input.applicantId, filedBy: null };
  }
  if (!actor.partyId) throw new Forbidden('This profile cannot file demands.');
  if (input.applicantId && input.applicantId !== actor.partyId) {
    throw new Forbidden('You file demands for yourself; to act for someone else, go through an approved affiliate.');
  }
  return { applicantId: actor.partyId, filedBy: null };
}

export async function submitDemand(em: EntityManager, input: SubmitDemandInput, actor: Actor, keys: JWTVerifyGetKey): Promise<Demand> {
  const problems: FieldProblem[] = [];
  if (input.applicantId != null && !isUuid(input.applicantId)) problems.push({ path: 'applicantId', message: 'Not a valid id.' });
  if (input.vehicleId != null && !isUuid(input.vehicleId)) problems.push({ path: 'vehicleId', message: 'Not a valid id.' });
  const service = await em.findOne(Service, { code: input.serviceCode, active: true });
  if (!service) problems.push({ path: 'serviceCode', message: `No active service has the code "${input.serviceCode}".` });
  if (problems.length) throw new BadInput('The demand cannot be filed as it is.', problems);
  const { applicantId, filedBy } = await resolveApplicant(actor, input, keys);

  return em.transactional(async (tx) => {
    const now = new Date();
    const status = input.draft ? DemandStatus.DRAFT : DemandStatus.SUBMITTED;
    const demand = tx.create(Demand, {
      reference: await nextDemandReference(tx, now),
      serviceCode: input.serviceCode,
      status,
      applicantId,
      filedByAffiliateId: filedBy,
      vehicleId: input.vehicleId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    tx.persist(
      tx.create(DemandEvent, { demandId: demand.id, action: DemandAction.SUBMIT, fromStatus: null, toStatus: status, actorId: actor.partyId, at: now }),
    );
    tx.persist(statusEvent(demand, null, actor, now));
    return demand;
  });
}

function mayAct(actor: Actor, demand: Demand, action: DemandAction): boolean {
  return ACTION_ROLES[action].some((r) =>
    r === 'APPLICANT'
      ? (actor.partyId === demand.applicantId && !actor.affiliateId) || (!!actor.affiliateId && actor.affiliateId === demand.filedByAffiliateId)
      : hasRole(actor, r),
  );
}

export async function transitionDemand(em: EntityManager, input: TransitionDemandInput, actor: Actor): Promise<Demand> {
  requireSignedIn(actor);
  if (!isUuid(input.demandId)) throw new NotFound('Demand', input.demandId);
  const reason = input.reason?.trim() || null;
  if (NEEDS_REASON.has(input.action) && !reason) {
    throw BadInput.field('reason', `A reason is required to ${input.action.toLowerCase()} a demand; the applicant will read it.`);
  }
  try {
    return await em.transactional(async (tx) => {
      const demand = await tx.findOne(Demand, input.demandId);
      if (!demand || !canSeeDemand(actor, demand)) throw new NotFound('Demand', input.demandId);
      if (!mayAct(actor, demand, input.action)) {
        throw new Forbidden(`You may not ${input.action.toLowerCase()} this demand: that is for ${ACTION_ROLES[input.action].join(', ').toLowerCase()}.`);
      }
      if (demand.version !== input.expectedVersion) {
        throw new Conflict(
          `Demand ${demand.reference} changed since you loaded it (version ${demand.version}, you sent ${input.expectedVersion}). Reload it and try again.`,
          { currentVersion: demand.version },
        );
      }
      const from = demand.status;
      const to = nextStatus(from, input.action);
      if (!to) {
        throw new IllegalTransition(`A demand that is ${from} cannot be ${input.action}: allowed now are ${allowedActions(from).join(', ') || 'none'}.`, {
          status: from,
          allowedActions: allowedActions(from),
        });
      }
      const now = new Date();
      demand.status = to;
      demand.updatedAt = now;
      tx.persist(
        tx.create(DemandEvent, { demandId: demand.id, action: input.action, fromStatus: from, toStatus: to, actorId: actor.partyId, reason, at: now }),
      );
      // The version column is bumped by the flush; the event carries the new one.
      await tx.flush();
      tx.persist(statusEvent(demand, from, actor, now));
      return demand;
    });
  } catch (err) {
    // Two agents loaded the same version: the UPDATE ... WHERE version = n of the loser matched nothing.
    if (err instanceof OptimisticLockError) {
      throw new Conflict('Someone else changed this demand at the same moment. Reload it and try again.');
    }
    throw err;
  }
}

export function demandWhere(filter: DemandFilter | undefined): FilterQuery<Demand> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  for (const key of ['applicantId', 'vehicleId', 'centerId'] as const) {
    const value = filter[key];
    if (value == null) continue;
    if (!isUuid(value)) throw BadInput.field(`filter.${key}`, 'Not a valid id.');
    where[key] = value;
  }
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.serviceCode) where.serviceCode = filter.serviceCode;
  return where as FilterQuery<Demand>;
}

/** Newest first, keyset on the time-ordered id; only what the caller may see. */
export async function listDemands(em: EntityManager, actor: Actor, filter: DemandFilter | undefined, first?: number | null, after?: string | null) {
  requireSignedIn(actor);
  const page = toPage(first, after);
  const visible = demandVisibility(actor);
  const where = (visible ? { $and: [demandWhere(filter), visible] } : demandWhere(filter)) as FilterQuery<Demand>;
  const rows =
    page.limit === 0
      ? []
      : await em.find(Demand, page.after ? { $and: [where, { id: { $lt: page.after } }] } : where, {
          orderBy: { id: 'desc' },
          limit: page.limit + 1,
        });
  return toConnection(rows, page, (d) => d.id, () => em.count(Demand, where));
}
