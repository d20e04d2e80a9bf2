/** Filing a demand: who files for whom, what the service requires, then one transaction that takes the reference. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWTVerifyGetKey } from 'jose';
import { hasRole, requireScopeForPartner, requireSignedIn, type Actor } from '@simveb/platform/auth/actor';
import { verifyConsent } from '@simveb/platform/auth/verify-token';
import { BadInput, Conflict, Forbidden, type FieldProblem } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { centerFor } from '../center/assignment';
import { Holding } from '../holding/holding.entity';
import { refuseIfEncumbered } from '../encumbrance/encumbrance.rules';
import type { PlateFamily } from '../plate/number-series';
import { Plate, PlateStatus } from '../plate/plate.entity';
import { normalizePlate } from '../plate/plate-number';
import { Service } from '../service/service.entity';
import { DemandEvent } from './demand-event.entity';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus } from './demand.enums';
import type { SubmitDemandInput } from './demand.inputs';
import { nextSequenceNumber } from '@simveb/platform/db/sequence-number';
import { isServiceCode, policyOf } from '../service/service-policy';
import { checkFilingAuthority } from '../encumbrance/encumbrance.filing';
import { checkPlateFamily } from '../plate/plate-family';
import { checkPrestigeChoice, prestigeConflict, reservePrestige, type PrestigeChoice, refuseTooManyPrestige } from '../prestige/prestige.service';
import type { DemandDeps } from './demand.deps';
import { statusEvent } from './demand-history';
import { documentsToAttach, requireDocumentTypes } from './demand-documents';
import { apply } from './transition';

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
    knownCategory ??
      (vehicleId
        ? deps.vehicles.facts(vehicleId, auth).then(
            (f) => f?.category ?? null,
            () => null,
          )
        : null),
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
    if (!input.draft)
      requireDocumentTypes(
        service,
        documents.map((d) => d.type),
      );
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
