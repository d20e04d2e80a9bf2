import type { EntityManager } from '@mikro-orm/postgresql';
import { nextSequenceNumber } from '@simveb/platform/db/sequence-number';
import { hasRole, JUSTICE_ROLES, requireSignedIn, STAFF_ROLES, type Actor } from '@simveb/platform/auth/actor';
import { NotFound } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { Encumbrance } from '../encumbrance/encumbrance.entity';
import { Holding } from '../holding/holding.entity';
import { formatPlate } from '../plate/plate-number';
import { Plate, PlateStatus } from '../plate/plate.entity';
import { IssuedDocument, IssuedDocumentKind } from './issued-document.entity';

/** Authorisations of tinted windows run this long (TINTED_WINDOW_VALIDITY_DAYS). */
export const DEFAULT_TINTED_VALIDITY_DAYS = 365;

const PREFIX: Record<IssuedDocumentKind, string> = {
  ADMINISTRATIVE_CERTIFICATE: 'CSA',
  SALE_DECLARATION: 'DV',
  TINTED_WINDOW_AUTHORIZATION: 'AUT',
  GLASS_ENGRAVING_CERTIFICATE: 'GRV',
};

async function plateOf(tx: EntityManager, vehicleId: string): Promise<string> {
  const plate = await tx.findOne(Plate, { vehicleId, status: PlateStatus.ACTIVE });
  return plate ? formatPlate(plate.compactNumber) : '';
}

export async function issueDocument(
  tx: EntityManager,
  kind: IssuedDocumentKind,
  p: { vehicleId: string; holderId: string; counterpartyId?: string | null; demandId?: string | null; facts?: Record<string, unknown>; validUntil?: Date | null },
  now: Date,
): Promise<IssuedDocument> {
  return tx.create(IssuedDocument, {
    kind,
    number: await nextSequenceNumber(tx, 'issued_document_number_seq', PREFIX[kind], now),
    vehicleId: p.vehicleId,
    holderId: p.holderId,
    counterpartyId: p.counterpartyId ?? null,
    demandId: p.demandId ?? null,
    plateNumber: await plateOf(tx, p.vehicleId),
    facts: p.facts ?? {},
    issuedAt: now,
    validUntil: p.validUntil ?? null,
  });
}

/** Who may download a document: the holder it names, the buyer of a sale declaration, staff and justice. */
export const maySeeDocument = (actor: Actor, d: IssuedDocument): boolean =>
  (actor.partyId != null && (actor.partyId === d.holderId || actor.partyId === d.counterpartyId)) || hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES);

/**
 * Certificat de situation administrative: the vehicle's pledges and oppositions
 * today, for its holder (a buyer asks the seller for one) or staff.
 */
export async function requestAdministrativeCertificate(em: EntityManager, actor: Actor, vehicleId: string): Promise<IssuedDocument> {
  requireSignedIn(actor);
  const holding = isUuid(vehicleId) ? await em.findOne(Holding, { vehicleId, endedAt: null }) : null;
  if (!holding || !(actor.partyId === holding.holderId || hasRole(actor, ...STAFF_ROLES, ...JUSTICE_ROLES))) throw new NotFound('Registered vehicle', vehicleId);
  return em.transactional(async (tx) => {
    const active = await tx.find(Encumbrance, { vehicleId, liftedAt: null }, { orderBy: { since: 'asc' } });
    const doc = await issueDocument(
      tx,
      IssuedDocumentKind.ADMINISTRATIVE_CERTIFICATE,
      { vehicleId, holderId: holding.holderId, facts: { encumbrances: active.map((e) => ({ kind: e.kind, reference: e.reference, since: e.since.toISOString() })) } },
      new Date(),
    );
    await tx.flush();
    return doc;
  });
}

/** What validating a demand issues besides gray cards (sale declaration, authorisations, engraving). */
export async function issueForDemand(
  tx: EntityManager,
  demand: { id: string; serviceCode: string; vehicleId?: string | null; applicantId: string; counterpartyId?: string | null; reference: string },
  opts: { tintedValidityDays: number },
  now: Date,
): Promise<void> {
  if (!demand.vehicleId) return;
  const base = { vehicleId: demand.vehicleId, holderId: demand.applicantId, demandId: demand.id };
  if (demand.serviceCode === 'SALE_DECLARATION') {
    await issueDocument(
      tx,
      IssuedDocumentKind.SALE_DECLARATION,
      { ...base, counterpartyId: demand.counterpartyId, facts: { sellerId: demand.applicantId, buyerId: demand.counterpartyId, demand: demand.reference } },
      now,
    );
  } else if (demand.serviceCode === 'TINTED_WINDOW_AUTHORIZATION') {
    // A new authorisation replaces the one in force.
    await tx.nativeUpdate(IssuedDocument, { vehicleId: demand.vehicleId, kind: IssuedDocumentKind.TINTED_WINDOW_AUTHORIZATION, endedAt: null }, { endedAt: now });
    await issueDocument(
      tx,
      IssuedDocumentKind.TINTED_WINDOW_AUTHORIZATION,
      { ...base, facts: { demand: demand.reference }, validUntil: new Date(now.getTime() + opts.tintedValidityDays * 86_400_000) },
      now,
    );
  } else if (demand.serviceCode === 'GLASS_ENGRAVING') {
    // The engraved mark is the plate number on every window: it ties the glass to the register.
    const plate = await plateOf(tx, demand.vehicleId);
    await issueDocument(tx, IssuedDocumentKind.GLASS_ENGRAVING_CERTIFICATE, { ...base, facts: { engraving: plate.replaceAll(' ', ''), demand: demand.reference } }, now);
  }
}

/** A mutation validated on a sale declaration uses it up: it proves nothing any more. */
export async function useSaleDeclaration(tx: EntityManager, saleDemandId: string, now: Date): Promise<void> {
  await tx.nativeUpdate(IssuedDocument, { demandId: saleDemandId, kind: IssuedDocumentKind.SALE_DECLARATION, endedAt: null }, { endedAt: now });
}
