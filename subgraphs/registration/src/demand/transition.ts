/** One step of a demand's workflow: authorise, move, apply its effects, record history and the event. */
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireScopeForPartner, requireSignedIn, SYSTEM_ACTOR, type Actor } from '@simveb/platform/auth/actor';
import { BadInput, Conflict, Forbidden, IllegalTransition, NotFound } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { isAgentOf, leastLoadedAgent } from '../center/assignment';
import { Service } from '../service/service.entity';
import { canSeeDemand } from './demand.access';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus, OPEN_STATUSES } from './demand.enums';
import type { TransitionDemandInput } from './demand.inputs';
import { isPrestige } from '../service/service-policy';
import { requireBothConfirmed } from '../sale/sale-confirmation.service';
import { cancelPrint, confirmPrinted, deliverPrinted, orderPrint, checkHolderCode, validatePrinted, type CodeCheck, type PrintInput } from '../print-order/print-order.service';
import { releasePrestige, reholdPrestige } from '../prestige/prestige.service';
import { DEFAULT_TINTED_VALIDITY_DAYS } from '../issued-document/issued-document.service';
import { allowedActions, NEEDS_REASON, performersOf, transitionFor } from './workflow';
import type { DemandDeps } from './demand.deps';
import { numberForValidation } from './number-allocation';
import { mayPerform } from './performers';
import { recordMove } from './demand-history';
import { checkDocuments } from './demand-documents';
import { applyToRegister, DEFAULT_RULES, type RegisterRules } from './register-effects';

/**
 * One step of the workflow, inside the caller's transaction: status, version
 * (bumped by the flush), history, due date, outbox event. SUBMIT or a payment
 * that lands the demand in SUBMITTED goes on to the automatic assignment.
 */
export async function apply(tx: EntityManager, demand: Demand, service: Service, action: DemandAction, actor: Actor, reason: string | null, now: Date, step: StepInput = {}): Promise<void> {
  const from = demand.status;
  if (!(await mayPerform(tx, actor, demand, [...performersOf(action)], step.ownCenters))) {
    throw new Forbidden(`You may not ${action.toLowerCase().replaceAll('_', ' ')} demands: that is for ${[...performersOf(action)].join(', ').toLowerCase()}.`);
  }
  const t = transitionFor(from, action, service);
  if (!t) {
    const allowed = allowedActions(from, service);
    throw new IllegalTransition(`A ${service.nameFr} demand that is ${from} cannot be ${action}: allowed now are ${allowed.join(', ') || 'none'}.`, {
      status: from,
      allowedActions: allowed,
    });
  }
  if (!(await mayPerform(tx, actor, demand, t.by, step.ownCenters))) {
    throw new Forbidden(`You may not ${action.toLowerCase().replaceAll('_', ' ')} this demand: that is for ${t.by.join(', ').toLowerCase()}.`);
  }
  await BEFORE[action]?.({ tx, demand, service, actor, now, step });
  const agentId = step.agentId;
  const to = t.to === 'PREVIOUS' ? (demand.suspendedFrom ?? DemandStatus.SUBMITTED) : t.to;
  if (action === DemandAction.SUSPEND) demand.suspendedFrom = from;
  if (action === DemandAction.RESUME) demand.suspendedFrom = null;
  if (action === DemandAction.ASSIGN) {
    const agent = agentId ?? (await leastLoadedAgent(tx, demand.centerId!));
    if (!agent) {
      // Nobody on the centre's roster yet: the demand waits in SUBMITTED for a manager.
      if (actor.kind === 'system') return;
      throw BadInput.field('agentId', 'This centre has no agent yet; say whom to assign it to.');
    }
    if (agentId && !(await isAgentOf(tx, agentId, demand.centerId!))) throw BadInput.field('agentId', 'This agent does not work in the demand’s centre.');
    demand.assignedAgentId = agent;
    demand.assignedAt = now;
  }
  demand.status = to;
  demand.updatedAt = now;
  demand.statusSince = now;
  const hours = service.targetHours[to];
  demand.dueAt = hours && OPEN_STATUSES.includes(to) && to !== DemandStatus.SUSPENDED ? new Date(now.getTime() + hours * 3_600_000) : null;
  if (to === DemandStatus.VALIDATED) await applyToRegister(tx, demand, service, step.number, step.rules ?? DEFAULT_RULES, now);
  if (to === DemandStatus.REJECTED || to === DemandStatus.CANCELLED) {
    // What the demand held is given back: its prestige number or label, its pending print order.
    await releasePrestige(tx, demand.id);
    await cancelPrint(tx, demand.id);
  }
  await recordMove(tx, demand, action, from, actor, reason, now);
  if (to === DemandStatus.SUBMITTED) await apply(tx, demand, service, DemandAction.ASSIGN, SYSTEM_ACTOR, null, now);
}

/** What some steps need besides the action. */
interface StepInput {
  /** The acting user's own centres, read once for the request (see mayPerform). */
  ownCenters?: readonly string[];
  /** ASSIGN by a manager. */
  agentId?: string;
  /** VALIDATE of a registration: the number allocated beforehand. */
  number?: string;
  rules?: RegisterRules;
  /** Print steps: the printer's declaration, the secret of holder codes, the holder code's check (made beforehand). */
  print?: PrintInput;
  secret?: string;
  codeCheck?: CodeCheck;
}

interface StepContext {
  tx: EntityManager;
  demand: Demand;
  service: Service;
  actor: Actor;
  now: Date;
  step: StepInput;
}

/** What an action checks or does besides moving the status (the workflow table says whether it may). */
const BEFORE: Partial<Record<DemandAction, (c: StepContext) => Promise<unknown> | void>> = {
  SUBMIT: (c) => checkDocuments(c.tx, c.demand, c.service),
  CONFIRM_PAYMENT: (c) => (isPrestige(c.demand.serviceCode) ? reholdPrestige(c.tx, c.demand.id) : undefined),
  VALIDATE: (c) => requireBothConfirmed(c.demand),
  ORDER_PRINT: (c) => orderPrint(c.tx, c.demand, c.step.print ?? {}, c.now),
  MARK_PRINTED: (c) => confirmPrinted(c.tx, c.demand.id, c.actor, c.step.print ?? {}, c.now, c.step.codeCheck),
  VALIDATE_PRINT: (c) => validatePrinted(c.tx, c.demand.id, c.now),
  DELIVER: (c) => deliverPrinted(c.tx, c.demand.id, c.now),
};

export async function transitionDemand(
  em: EntityManager,
  input: TransitionDemandInput,
  actor: Actor,
  centers: readonly string[],
  deps?: Pick<DemandDeps, 'vehicles' | 'pledgeBlocksSale' | 'tintedValidityDays' | 'signingSecret' | 'codeAttempts'>,
): Promise<Demand> {
  if (actor.kind !== 'system') requireSignedIn(actor);
  // Interpol clearance, marking plates printed, a lender's steps: through an API key, only with the write scope.
  requireScopeForPartner(actor, 'demands:write', 'act on demands');
  if (!isUuid(input.demandId)) throw new NotFound('Demand', input.demandId);
  const reason = input.reason?.trim() || null;
  if (NEEDS_REASON.has(input.action) && !reason) {
    throw BadInput.field('reason', `A reason is required to ${input.action.toLowerCase()} a demand; the applicant will read it.`);
  }
  if (input.agentId != null && !isUuid(input.agentId)) throw BadInput.field('agentId', 'Not a valid id.');
  // Validating a registration takes a number, allocated before the validation's transaction (number-allocation.ts).
  const number = input.action === DemandAction.VALIDATE && deps ? await numberForValidation(em, input, actor, centers, deps.vehicles) : undefined;
  // A printer's holder code: an attempt is spent before the code is compared, outside the step's transaction.
  const codeCheck =
    input.action === DemandAction.MARK_PRINTED && isUuid(input.demandId) && deps?.codeAttempts
      ? await checkHolderCode(deps.codeAttempts, input.demandId, actor, input.holderCode, deps.signingSecret ?? '')
      : undefined;
  try {
    return await em.transactional(async (tx) => {
      const demand = await tx.findOne(Demand, input.demandId);
      if (!demand || (actor.kind !== 'system' && !canSeeDemand(actor, demand, centers))) throw new NotFound('Demand', input.demandId);
      if (demand.version !== input.expectedVersion) {
        throw new Conflict(`Demand ${demand.reference} changed since you loaded it (version ${demand.version}, you sent ${input.expectedVersion}). Reload it and try again.`, {
          currentVersion: demand.version,
        });
      }
      const service = await tx.findOneOrFail(Service, { code: demand.serviceCode });
      await apply(tx, demand, service, input.action, actor, reason, new Date(), {
        ownCenters: actor.kind === 'user' ? centers : undefined,
        agentId: input.agentId,
        number,
        rules: { pledgeBlocksSale: deps?.pledgeBlocksSale ?? true, tintedValidityDays: deps?.tintedValidityDays ?? DEFAULT_TINTED_VALIDITY_DAYS },
        print: input,
        secret: deps?.signingSecret,
        codeCheck,
      });
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

/**
 * Billing reported the order paid (PaymentConfirmed): the demand leaves
 * AWAITING_PAYMENT, once. Runs in the feed consumer's transaction (the inbox
 * row and the move commit together); the row lock makes concurrent changes wait.
 */
export async function confirmPayment(tx: EntityManager, demandId: string): Promise<'moved' | 'ignored'> {
  const demand = await tx.findOne(Demand, demandId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!demand || demand.status !== DemandStatus.AWAITING_PAYMENT) return 'ignored';
  await transitionDemand(tx, { demandId, action: DemandAction.CONFIRM_PAYMENT, expectedVersion: demand.version }, SYSTEM_ACTOR, []);
  return 'moved';
}
