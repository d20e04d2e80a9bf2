import { LockMode, OptimisticLockError, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWTVerifyGetKey } from 'jose';
import { ANONYMOUS, hasRole, requireScopeForPartner, requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { verifyConsent } from '@simveb/platform/auth/verify-token';
import { BadInput, Conflict, Forbidden, IllegalTransition, NotFound, type FieldProblem } from '@simveb/platform/errors';
import { toConnection, toPage } from '@simveb/platform/graphql/connection';
import { isUuid } from '@simveb/platform/ids';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { centerFor, isAgentOf, leastLoadedAgent } from '../center/assignment';
import { DemandDocumentFile } from '../document/document.entity';
import { Holding } from '../holding/holding.entity';
import { applyEncumbrance, refuseIfEncumbered } from '../encumbrance/encumbrance.rules';
import { issueGrayCard } from '../gray-card/gray-card.service';
import { allocateNumber } from '../plate/allocate-number';
import type { PlateFamily } from '../plate/number-series';
import { formatPlate } from '../plate/plate-number';
import { Plate, PlateStatus } from '../plate/plate.entity';
import { normalizePlate } from '../plate/plate-number';
import { Registration } from '../registration/registration.entity';
import type { VehicleRegistry } from '../integrations/vehicle-registry';
import { DOCUMENT_TYPES } from '../service/service.catalogue';
import { Service } from '../service/service.entity';
import { canSeeDemand, demandVisibility } from './demand.access';
import { DemandEvent } from './demand-event.entity';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus, OPEN_STATUSES } from './demand.enums';
import type { DemandFilter, SubmitDemandInput, TransitionDemandInput } from './demand.inputs';
import { DEMAND_STATUS_TOPIC, type DemandStatusPayload } from './demand.events';
import { nextSequenceNumber } from '@simveb/platform/db/sequence-number';
import type { PartyDirectory } from '../integrations/party-directory';
import { isPrestige, isServiceCode, policyOf } from '../service/service-policy';
import { checkFilingAuthority } from '../encumbrance/encumbrance.filing';
import { checkPlateFamily } from '../plate/plate-family';
import { requireBothConfirmed } from '../sale/sale-confirmation.service';
import { cancelPrint, confirmPrinted, deliverPrinted, orderPrint, checkHolderCode, validatePrinted, type CodeCheck, type PrintInput } from '../print-order/print-order.service';
import { checkPrestigeChoice, markPrestigeUsed, prestigeConflict, prestigePlateFor, releasePrestige, reservePrestige, type PrestigeChoice, refuseTooManyPrestige, reholdPrestige } from '../prestige/prestige.service';
import { DEFAULT_TINTED_VALIDITY_DAYS, issueForDemand, useSaleDeclaration } from '../issued-document/issued-document.service';
import { allowedActions, NEEDS_REASON, performersOf, transitionFor, type Performer } from './workflow';

/** The system itself (payment confirmations, automatic assignment). */
export const SYSTEM: Actor = Object.freeze({ ...ANONYMOUS, kind: 'user' });

export interface DemandDeps {
  keys: JWTVerifyGetKey;
  vehicles: VehicleRegistry;
  /** Whether an active pledge refuses a sale and a mutation (PLEDGE_BLOCKS_SALE). */
  pledgeBlocksSale: boolean;
  /** HMAC secret of the register (holder codes of print orders). */
  signingSecret?: string;
  /** How long a tinted-window authorisation runs (TINTED_WINDOW_VALIDITY_DAYS). */
  tintedValidityDays?: number;
  /** Tells persons from companies, for pricing (absent: every applicant priced as a person). */
  parties?: PartyDirectory;
}


function statusEvent(demand: Demand, previous: DemandStatus | null, actor: Actor, at: Date): OutboxEvent {
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
    actorId: actor === SYSTEM ? null : actor.partyId,
  };
  return OutboxEvent.of(DEMAND_STATUS_TOPIC, payload);
}

/**
 * Whose demand it is: a citizen files for themself; an affiliate for a holder
 * who consented (token from identity); an ANaTT agent at the counter for anyone.
 */
async function resolveApplicant(actor: Actor, input: SubmitDemandInput, keys: JWTVerifyGetKey) {
  requireSignedIn(actor);
  if (actor.affiliateId) {
    if (!input.applicantId) throw BadInput.field('applicantId', 'Say whom you file for.');
    const consent = input.consentToken ? await verifyConsent(keys, input.consentToken) : null;
    if (!consent || consent.holderId !== input.applicantId || consent.affiliateId !== actor.affiliateId) {
      throw new Forbidden('Filing for a holder needs their consent: requestHolderConsent, then confirmHolderConsent with the code they received.');
    }
    // A consent is for one service on one vehicle; it is used up with the filing (fileIt records it).
    if (consent.serviceCode !== input.serviceCode || consent.vehicleId !== (input.vehicleId ?? '').toLowerCase()) {
      throw new Forbidden('This consent was given for another service or another vehicle: ask the holder for a consent to this one.');
    }
    return { applicantId: input.applicantId, filedBy: actor.affiliateId, commune: consent.commune, consentId: consent.id };
  }
  if (hasRole(actor, 'AGENT', 'SERVICE_HEAD')) {
    // At the counter (guichet), an agent files for the person in front of them.
    if (!input.applicantId) throw BadInput.field('applicantId', 'Say whom you file for.');
    return { applicantId: input.applicantId, filedBy: null, commune: actor.commune };
  }
  if (!actor.partyId) throw new Forbidden('This profile cannot file demands.');
  if (input.applicantId && input.applicantId !== actor.partyId) {
    throw new Forbidden('You file demands for yourself; to act for someone else, go through an approved affiliate.');
  }
  return { applicantId: actor.partyId, filedBy: null, commune: actor.commune };
}

/** A mutation relies on a closed sale declaration of this vehicle to this buyer, not used by another mutation. */
async function saleDeclarationFor(em: EntityManager, vehicleId: string, buyerId: string, holderId: string): Promise<Demand> {
  // Only a declaration by the current holder sells the vehicle: one made by an earlier holder sold nothing of theirs now.
  const declarations = await em.find(
    Demand,
    { vehicleId, serviceCode: 'SALE_DECLARATION', counterpartyId: buyerId, applicantId: holderId, status: DemandStatus.CLOSED },
    { orderBy: { createdAt: 'desc' } },
  );
  for (const d of declarations) {
    const used = await em.count(Demand, { saleDeclarationId: d.id, status: { $nin: [DemandStatus.REJECTED, DemandStatus.CANCELLED] } });
    if (!used) return d;
  }
  throw BadInput.field('vehicleId', 'A mutation needs a sale declaration of this vehicle to you, closed by ANaTT and not used yet.');
}

/** Rules of the service that can be checked when the demand is filed. */
async function checkServiceRules(
  em: EntityManager,
  service: Service,
  applicantId: string,
  vehicleId: string | null,
  actor: Actor,
  deps: DemandDeps,
  input: SubmitDemandInput,
): Promise<{ saleDeclarationId?: string; counterpartyId?: string; vehicleCategory?: string; holding?: Holding | null }> {
  if (!service.needsVehicle) return {};
  if (!vehicleId) throw BadInput.field('vehicleId', `A ${service.nameFr} demand is about one vehicle: give its id.`);
  const holding = await em.findOne(Holding, { vehicleId, endedAt: null });
  if (policyOf(service.code).registers) {
    if (holding) throw BadInput.field('vehicleId', 'This vehicle is already registered; ask for a re-registration or a mutation instead.');
    const facts = await deps.vehicles.facts(vehicleId, actor.token ? `Bearer ${actor.token}` : null);
    if (!facts) throw BadInput.field('vehicleId', 'This vehicle is not in the technical register.');
    if (!facts.registrable) throw BadInput.field('vehicleId', 'This vehicle is not cleared by customs (or its duties are unpaid): it cannot be registered yet.');
    return { vehicleCategory: facts.category };
  }
  if (!holding) throw BadInput.field('vehicleId', `A ${service.nameFr} needs a registered vehicle; this one has no holder.`);
  // The applicant of a demand about a registered vehicle is its holder (a buyer's mutation aside).
  if (service.code !== 'MUTATION' && service.code !== 'OPPOSITION' && service.code !== 'OPPOSITION_LIFT' && holding.holderId !== applicantId) {
    throw new Forbidden('Only the holder of this vehicle (or someone acting for them) may ask for this.');
  }
  await refuseIfEncumbered(em, vehicleId, service.code, deps.pledgeBlocksSale);
  if (service.code === 'SALE_DECLARATION') {
    if (!input.buyerId || !isUuid(input.buyerId)) throw BadInput.field('buyerId', 'A sale declaration names the buyer (their id).');
    if (input.buyerId === applicantId) throw BadInput.field('buyerId', 'The buyer is not the seller.');
    return { counterpartyId: input.buyerId, holding };
  }
  if (service.code === 'MUTATION') {
    if (holding.holderId === applicantId) throw BadInput.field('vehicleId', 'You already hold this vehicle.');
    return { saleDeclarationId: (await saleDeclarationFor(em, vehicleId, applicantId, holding.holderId)).id, holding };
  }
  return { holding };
}

/** Every required document type must be among the demand's documents. */
async function checkDocuments(em: EntityManager, demand: Demand, service: Service): Promise<void> {
  requireDocumentTypes(service, (await em.find(DemandDocumentFile, { demandId: demand.id })).map((d) => d.type));
}

function requireDocumentTypes(service: Service, present: string[]): void {
  const types = new Set(present);
  const missing = service.requiredDocuments.filter((t) => !types.has(t));
  if (missing.length) {
    throw new BadInput(
      `Missing documents: ${missing.map((t) => DOCUMENT_TYPES[t] ?? t).join(', ')}.`,
      missing.map((t) => ({ path: 'documentIds', message: `${t} (${DOCUMENT_TYPES[t] ?? t}) is required.` })),
    );
  }
}

/** The filer's own uploaded documents, not yet used by a demand (all of the ids, or a refusal). */
async function documentsToAttach(em: EntityManager, ids: string[], owner: string | null): Promise<DemandDocumentFile[]> {
  if (!ids.length) return [];
  if (!owner || ids.some((id) => !isUuid(id))) throw BadInput.field('documentIds', 'Unknown documents.');
  const docs = await em.find(DemandDocumentFile, { id: { $in: ids }, ownerId: owner, demandId: null });
  if (docs.length !== new Set(ids).size) throw BadInput.field('documentIds', 'Some documents are unknown, not yours, or already used by another demand.');
  return docs;
}

/** The vehicle named by id, VIN or plate (exactly one of them). */
async function resolveVehicle(em: EntityManager, input: SubmitDemandInput, actor: Actor, deps: DemandDeps): Promise<void> {
  const given = [input.vehicleId, input.vehicleVin, input.vehiclePlate].filter((v) => v != null && v !== '');
  if (given.length > 1) throw BadInput.field('vehicleId', 'Name the vehicle once: by id, VIN or plate.');
  if (input.vehiclePlate) {
    const plate = await em.findOne(Plate, { compactNumber: normalizePlate(input.vehiclePlate), status: PlateStatus.ACTIVE });
    if (!plate) throw BadInput.field('vehiclePlate', 'No vehicle wears this plate.');
    input.vehicleId = plate.vehicleId;
  } else if (input.vehicleVin) {
    const id = await deps.vehicles.idByVin(input.vehicleVin, actor.token ? `Bearer ${actor.token}` : null);
    if (!id) throw BadInput.field('vehicleVin', 'No vehicle has this VIN in the register.');
    input.vehicleId = id;
  }
}

/**
 * What billing prices the demand by, taken once at filing: the vehicle's
 * category and whether the applicant is a person or a company. Best effort:
 * a fact nobody can tell is priced at the base rate, never a refusal to file.
 */
async function pricingFacts(vehicleId: string | null, holding: Holding | null | undefined, applicantId: string, knownCategory: string | undefined, actor: Actor, deps: DemandDeps) {
  const auth = actor.token ? `Bearer ${actor.token}` : null;
  const [vehicleCategory, applicantKind] = await Promise.all([
    knownCategory ?? (vehicleId ? deps.vehicles.facts(vehicleId, auth).then((f) => f?.category ?? null, () => null) : null),
    holding?.holderId === applicantId && holding.holderKind ? holding.holderKind : (deps.parties?.kindOf(applicantId, auth).catch(() => null) ?? null),
  ]);
  return { vehicleCategory: vehicleCategory ?? null, applicantKind: applicantKind ?? null };
}

export async function submitDemand(em: EntityManager, input: SubmitDemandInput, actor: Actor, deps: DemandDeps): Promise<Demand> {
  requireSignedIn(actor);
  requireScopeForPartner(actor, 'demands:write', 'file demands');
  await resolveVehicle(em, input, actor, deps);
  const problems: FieldProblem[] = [];
  if (input.applicantId != null && !isUuid(input.applicantId)) problems.push({ path: 'applicantId', message: 'Not a valid id.' });
  if (input.vehicleId != null && !isUuid(input.vehicleId)) problems.push({ path: 'vehicleId', message: 'Not a valid id.' });
  const service = isServiceCode(input.serviceCode) ? await em.findOne(Service, { code: input.serviceCode, active: true }) : null;
  if (!service) problems.push({ path: 'serviceCode', message: `No active service has the code "${input.serviceCode}".` });
  if (problems.length) throw new BadInput('The demand cannot be filed as it is.', problems);
  const authority = await checkFilingAuthority(em, actor, service!.code, input.vehicleId);
  const who: { applicantId: string; filedBy: string | null; commune: string | null; consentId?: string } = authority
    ? { applicantId: authority.applicantId, filedBy: actor.affiliateId, commune: actor.commune }
    : await resolveApplicant(actor, input, deps.keys);
  const { applicantId } = who;
  const links = await checkServiceRules(em, service!, applicantId, input.vehicleId ?? null, actor, deps, input);
  const prestige = await checkPrestigeChoice(em, service!.code, input);
  if (prestige) await refuseTooManyPrestige(em, applicantId, input.vehicleId);
  const plateFamily = checkPlateFamily(actor, service!.code, input.plateFamily);
  const pricing = await pricingFacts(input.vehicleId ?? null, links.holding, applicantId, links.vehicleCategory, actor, deps);

  try {
    return await fileIt(em, input, actor, service!, who, links, pricing, prestige, plateFamily);
  } catch (err) {
    throw prestigeConflict(err) ?? err;
  }
}

async function fileIt(
  em: EntityManager,
  input: SubmitDemandInput,
  actor: Actor,
  service: Service,
  who: { applicantId: string; filedBy: string | null; commune: string | null; consentId?: string },
  links: { counterpartyId?: string; saleDeclarationId?: string },
  pricing: { vehicleCategory: string | null; applicantKind: string | null },
  prestige: PrestigeChoice | null,
  plateFamily: PlateFamily | null,
): Promise<Demand> {
  const { applicantId, filedBy, commune } = who;
  return em.transactional(async (tx) => {
    // What can refuse the filing is checked before the reference is taken: a sequence value is never given back.
    const documents = await documentsToAttach(tx, input.documentIds ?? [], actor.affiliateId ?? actor.partyId);
    if (who.consentId) {
      const used = await tx
        .getConnection()
        .execute('insert into consent_use (consent_id, used_at) values (?, now()) on conflict do nothing returning consent_id', [who.consentId], 'all', tx.getTransactionContext());
      if (!used.length) throw new Conflict('This consent was already used for a demand: ask the holder for a new one.');
    }
    if (!input.draft) requireDocumentTypes(service, documents.map((d) => d.type));
    const now = new Date();
    const demand = tx.create(Demand, {
      reference: await nextSequenceNumber(tx, 'demand_reference_seq', 'DEM', now),
      serviceCode: service.code,
      status: DemandStatus.DRAFT,
      applicantId,
      filedByAffiliateId: filedBy,
      vehicleId: input.vehicleId ?? null,
      counterpartyId: links.counterpartyId ?? null,
      saleDeclarationId: links.saleDeclarationId ?? null,
      centerId: centerFor(commune),
      urgent: input.urgent === true,
      plateFamily,
      vehicleCategory: pricing.vehicleCategory,
      applicantKind: pricing.applicantKind,
      createdAt: now,
      updatedAt: now,
      statusSince: now,
    });
    if (prestige) reservePrestige(tx, demand.id, prestige);
    for (const d of documents) d.demandId = demand.id;
    await tx.flush();
    if (!input.draft) {
      // Filed and submitted at once: one SUBMIT in the history (DRAFT -> AWAITING_PAYMENT or SUBMITTED).
      await apply(tx, demand, service, DemandAction.SUBMIT, actor, null, now);
    } else {
      tx.persist(tx.create(DemandEvent, { demandId: demand.id, action: DemandAction.SUBMIT, fromStatus: null, toStatus: DemandStatus.DRAFT, actorId: actor.partyId, at: now }));
      tx.persist(statusEvent(demand, null, actor, now));
    }
    return demand;
  });
}

/** Is this actor one of the performers the transition names, for this demand? */
async function mayPerform(em: EntityManager, actor: Actor, demand: Demand, by: readonly Performer[]): Promise<boolean> {
  for (const p of by) {
    if (p === 'SYSTEM') {
      if (actor === SYSTEM) return true;
    } else if (p === 'APPLICANT') {
      if (actor.partyId === demand.applicantId && !actor.affiliateId && actor.kind === 'user') return true;
      if (actor.affiliateId && actor.affiliateId === demand.filedByAffiliateId) return true;
    } else if (p === 'INTERPOL_DESK') {
      if (actor.affiliateKind === 'INTERPOL') return true;
    } else if (p === 'PRINTER') {
      if (actor.affiliateKind === 'PLATE_PRINTER') return true;
    } else if (hasRole(actor, p)) {
      // Agents and service heads act in their own centres only.
      if ((p === 'AGENT' || p === 'SERVICE_HEAD') && !hasRole(actor, 'ADMIN', 'DEMAND_MANAGER')) {
        if (actor.partyId && demand.centerId && (await isAgentOf(em, actor.partyId, demand.centerId))) return true;
      } else {
        return true;
      }
    }
  }
  return false;
}

/**
 * One step of the workflow, inside the caller's transaction: status, version
 * (bumped by the flush), history, due date, outbox event. SUBMIT or a payment
 * that lands the demand in SUBMITTED goes on to the automatic assignment.
 */
async function apply(
  tx: EntityManager,
  demand: Demand,
  service: Service,
  action: DemandAction,
  actor: Actor,
  reason: string | null,
  now: Date,
  step: StepInput = {},
): Promise<void> {
  const from = demand.status;
  if (!(await mayPerform(tx, actor, demand, [...performersOf(action)]))) {
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
  if (!(await mayPerform(tx, actor, demand, t.by))) {
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
      if (actor === SYSTEM) return;
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
  if (to === DemandStatus.SUBMITTED) await apply(tx, demand, service, DemandAction.ASSIGN, SYSTEM, null, now);
}

/** A move's audit row and its outbox event (after the flush, so the event carries the new version). */
async function recordMove(tx: EntityManager, demand: Demand, action: DemandAction, from: DemandStatus, actor: Actor, reason: string | null, now: Date): Promise<void> {
  tx.persist(tx.create(DemandEvent, { demandId: demand.id, action, fromStatus: from, toStatus: demand.status, actorId: actor.partyId, reason, at: now }));
  await tx.flush();
  tx.persist(statusEvent(demand, from, actor, now));
}

/**
 * Validating a registration writes the register: the next number of the
 * vehicle's family, its plate, the holder (from now) and the registration record.
 */
async function registerVehicle(tx: EntityManager, demand: Demand, allocated: string | undefined, now: Date): Promise<void> {
  if (!demand.vehicleId) throw new Error('a registration demand has a vehicle');
  if (await tx.count(Holding, { vehicleId: demand.vehicleId, endedAt: null })) {
    throw new Conflict('This vehicle was registered meanwhile (another demand); this one cannot be validated.');
  }
  // Prestige demands get the number or label reserved at filing; the others the allocated one.
  const prestige = isPrestige(demand.serviceCode) ? await prestigePlateFor(tx, demand.id) : null;
  if (isPrestige(demand.serviceCode) && !prestige) throw new Conflict('This prestige demand holds no reserved number or label any more.');
  const compactNumber = prestige?.compactNumber ?? allocated;
  if (!compactNumber) throw new Error('a number must be allocated to validate a registration');
  if (prestige) await markPrestigeUsed(tx, demand.id);
  tx.create(Plate, { vehicleId: demand.vehicleId, compactNumber, label: prestige?.label ?? null, issuedAt: now });
  tx.create(Holding, { vehicleId: demand.vehicleId, holderId: demand.applicantId, startedAt: now });
  tx.create(Registration, { demandId: demand.id, vehicleId: demand.vehicleId, holderId: demand.applicantId, number: formatPlate(compactNumber), registeredAt: now });
}

/** What validating a demand changes in the register, by service. */
/** What some steps need besides the action. */
interface StepInput {
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

/** Configurable rules of the register, from the subgraph's configuration. */
export interface RegisterRules {
  pledgeBlocksSale: boolean;
  tintedValidityDays: number;
}
const DEFAULT_RULES: RegisterRules = { pledgeBlocksSale: true, tintedValidityDays: DEFAULT_TINTED_VALIDITY_DAYS };

async function applyToRegister(tx: EntityManager, demand: Demand, service: Service, number: string | undefined, rules: RegisterRules, now: Date): Promise<void> {
  const { pledgeBlocksSale } = rules;
  if (policyOf(service.code).registers) {
    await registerVehicle(tx, demand, number, now);
  } else if (service.code === 'RE_IMMATRICULATION') {
    if (!number) throw new Error('a number must be allocated to validate a re-registration');
    await refuseIfEncumbered(tx, demand.vehicleId!, service.code, pledgeBlocksSale);
    await renumber(tx, demand, number, now);
  } else if (demand.vehicleId) {
    // What weighs on the vehicle may have changed since filing: checked again at the decision.
    await refuseIfEncumbered(tx, demand.vehicleId, service.code, pledgeBlocksSale);
    if (service.code === 'MUTATION') {
      await transferHolding(tx, demand, now);
      if (demand.saleDeclarationId) await useSaleDeclaration(tx, demand.saleDeclarationId, now);
    } else await applyEncumbrance(tx, service.code, demand.vehicleId, demand, now);
    await issueForDemand(tx, demand, { tintedValidityDays: rules.tintedValidityDays }, now);
  }
  if (demand.vehicleId && policyOf(service.code).issuesCard) {
    await tx.flush();
    const holding = await tx.findOneOrFail(Holding, { vehicleId: demand.vehicleId, endedAt: null });
    await issueGrayCard(tx, demand.vehicleId, holding.holderId, demand.id, now);
  }
}

/** Re-registration: a new number; the old plate is withdrawn (kept in the register as revoked). */
async function renumber(tx: EntityManager, demand: Demand, compactNumber: string, now: Date): Promise<void> {
  await tx.nativeUpdate(Plate, { vehicleId: demand.vehicleId!, status: PlateStatus.ACTIVE }, { status: PlateStatus.REVOKED });
  tx.create(Plate, { vehicleId: demand.vehicleId!, compactNumber, issuedAt: now });
  const holding = await tx.findOneOrFail(Holding, { vehicleId: demand.vehicleId!, endedAt: null });
  tx.create(Registration, { demandId: demand.id, vehicleId: demand.vehicleId!, holderId: holding.holderId, number: formatPlate(compactNumber), registeredAt: now });
}

/** Mutation: the seller's holding ends, the buyer's begins; both stay in the history. */
async function transferHolding(tx: EntityManager, demand: Demand, now: Date): Promise<void> {
  const current = await tx.findOne(Holding, { vehicleId: demand.vehicleId!, endedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!current) throw new Conflict('This vehicle has no holder any more; the mutation cannot be validated.');
  const sale = demand.saleDeclarationId ? await tx.findOne(Demand, demand.saleDeclarationId) : null;
  if (!sale || sale.applicantId !== current.holderId) {
    throw new Conflict('The sale declaration behind this mutation was not made by the vehicle’s current holder: the vehicle changed hands meanwhile.');
  }
  current.endedAt = now;
  await tx.flush();
  tx.create(Holding, { vehicleId: demand.vehicleId!, holderId: demand.applicantId, startedAt: now });
  // The vehicle changed hands: every other sale in progress of the former holder ends (two buyers cannot both complete),
  // each with its history row and its event (billing cancels its order, the applicant is told).
  const others = await tx.find(Demand, {
    vehicleId: demand.vehicleId!,
    serviceCode: { $in: ['SALE_DECLARATION', 'MUTATION'] },
    id: { $nin: [demand.id, sale.id] },
    status: { $in: OPEN_STATUSES },
  });
  for (const other of others) {
    const from = other.status;
    Object.assign(other, { status: DemandStatus.CANCELLED, updatedAt: now, statusSince: now, dueAt: null });
    await cancelPrint(tx, other.id);
    await recordMove(tx, other, DemandAction.CANCEL, from, SYSTEM, `Le véhicule a changé de titulaire (${demand.reference}).`, now);
  }
}

const familyOf = (category: string): PlateFamily => (category === 'MOTORCYCLE' || category === 'TRICYCLE' ? 'TWO_WHEELER' : 'PRIVATE');

export async function transitionDemand(
  em: EntityManager,
  input: TransitionDemandInput,
  actor: Actor,
  centers: readonly string[],
  deps?: Pick<DemandDeps, 'vehicles' | 'pledgeBlocksSale' | 'tintedValidityDays' | 'signingSecret'>,
): Promise<Demand> {
  if (actor !== SYSTEM) requireSignedIn(actor);
  // Interpol clearance, marking plates printed, a lender's steps: through an API key, only with the write scope.
  requireScopeForPartner(actor, 'demands:write', 'act on demands');
  if (!isUuid(input.demandId)) throw new NotFound('Demand', input.demandId);
  const reason = input.reason?.trim() || null;
  if (NEEDS_REASON.has(input.action) && !reason) {
    throw BadInput.field('reason', `A reason is required to ${input.action.toLowerCase()} a demand; the applicant will read it.`);
  }
  if (input.agentId != null && !isUuid(input.agentId)) throw BadInput.field('agentId', 'Not a valid id.');
  // Validating a registration takes a number: the vehicle's category (asked over HTTP) picks the family, and
  // the number is allocated in its own short transaction, both before the validation's transaction begins.
  // Only for a caller who may validate this demand now, so refused attempts burn no numbers.
  let number: string | undefined;
  if (input.action === DemandAction.VALIDATE && deps) {
    const peekEm = em.fork();
    const peek = await peekEm.findOne(Demand, input.demandId);
    if (peek && policyOf(peek.serviceCode).number === 'SERIES' && peek.vehicleId && canSeeDemand(actor, peek, centers) && peek.version === input.expectedVersion) {
      const service = await peekEm.findOneOrFail(Service, { code: peek.serviceCode });
      const t = transitionFor(peek.status, input.action, service);
      if (t && (await mayPerform(peekEm, actor, peek, t.by))) {
        const facts = await deps.vehicles.facts(peek.vehicleId, actor.token ? `Bearer ${actor.token}` : null);
        if (!facts) throw BadInput.field('demandId', 'The vehicle of this demand is no longer in the technical register.');
        number = await allocateNumber(em, peek.plateFamily ?? familyOf(facts.category));
      }
    }
  }
  // A printer's holder code: an attempt is spent before the code is compared, outside the step's transaction.
  const codeCheck = input.action === DemandAction.MARK_PRINTED && isUuid(input.demandId) ? await checkHolderCode(em, input.demandId, actor, input.holderCode, deps?.signingSecret ?? '') : undefined;
  try {
    return await em.transactional(async (tx) => {
      const demand = await tx.findOne(Demand, input.demandId);
      if (!demand || (actor !== SYSTEM && !canSeeDemand(actor, demand, centers))) throw new NotFound('Demand', input.demandId);
      if (demand.version !== input.expectedVersion) {
        throw new Conflict(
          `Demand ${demand.reference} changed since you loaded it (version ${demand.version}, you sent ${input.expectedVersion}). Reload it and try again.`,
          { currentVersion: demand.version },
        );
      }
      const service = await tx.findOneOrFail(Service, { code: demand.serviceCode });
      await apply(tx, demand, service, input.action, actor, reason, new Date(), {
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
  await transitionDemand(tx, { demandId, action: DemandAction.CONFIRM_PAYMENT, expectedVersion: demand.version }, SYSTEM, []);
  return 'moved';
}

export function demandWhere(filter: DemandFilter | undefined): FilterQuery<Demand> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  for (const key of ['applicantId', 'vehicleId', 'centerId', 'assignedAgentId'] as const) {
    const value = filter[key];
    if (value == null) continue;
    if (!isUuid(value)) throw BadInput.field(`filter.${key}`, 'Not a valid id.');
    where[key] = value;
  }
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.serviceCode) where.serviceCode = filter.serviceCode;
  if (filter.overdue) where.dueAt = { $lt: new Date() };
  if (filter.overdue === false) where.$or = [{ dueAt: null }, { dueAt: { $gte: new Date() } }];
  return where as FilterQuery<Demand>;
}

/** Newest first, keyset on the time-ordered id; only what the caller may see. */
export async function listDemands(em: EntityManager, actor: Actor, centers: readonly string[], filter: DemandFilter | undefined, first?: number | null, after?: string | null) {
  requireSignedIn(actor);
  const page = toPage(first, after);
  const visible = demandVisibility(actor, centers);
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
