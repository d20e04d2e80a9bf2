import type { EntityManager } from '@mikro-orm/postgresql';
import { isUniqueViolation } from '@simveb/platform/db/orm';
import { BadInput, Conflict } from '@simveb/platform/errors';
import { Demand } from '../demand/demand.entity';
import { DemandStatus, OPEN_STATUSES } from '../demand/demand.enums';
import { seriesIndex, type Reservation } from '../plate/number-series';
import { ReservedNumber } from '../plate/number-series.entity';
import { formatPlate, normalizePlate } from '../plate/plate-number';
import { Plate } from '../plate/plate.entity';
import { parseLabel, parsePrestigeNumber, PRESTIGE_RANGE, prestigeCandidates } from './prestige-number';
import { choosesLabel, choosesNumber, PRESTIGE_CODES } from '../service/service-policy';
import { PrestigeReservation, PrestigeStatus } from './prestige-reservation.entity';

export interface PrestigeChoice {
  compactNumber: string | null;
  label: string | null;
}

async function numberTaken(em: EntityManager, compact: string): Promise<boolean> {
  const [plates, held] = await Promise.all([em.count(Plate, { compactNumber: compact }), em.count(PrestigeReservation, { compactNumber: compact, status: { $ne: PrestigeStatus.RELEASED } })]);
  return plates + held > 0;
}

async function labelTaken(em: EntityManager, label: string): Promise<boolean> {
  const [plates, held] = await Promise.all([
    em.count(Plate, { $or: [{ label }, { compactNumber: `${label}RB` }] }),
    em.count(PrestigeReservation, { label, status: { $ne: PrestigeStatus.RELEASED } }),
  ]);
  return plates + held > 0;
}

/**
 * What a prestige demand asks for, checked before it is filed: well formed,
 * in the prestige range, free now. The reservation itself (written with the
 * demand) is the guard against someone taking it in between.
 */
export async function checkPrestigeChoice(em: EntityManager, serviceCode: string, input: { requestedNumber?: string | null; requestedLabel?: string | null }): Promise<PrestigeChoice | null> {
  const wantsNumber = choosesNumber(serviceCode);
  const wantsLabel = choosesLabel(serviceCode);
  if (!wantsNumber && !wantsLabel) {
    if (input.requestedNumber || input.requestedLabel) throw BadInput.field(input.requestedNumber ? 'requestedNumber' : 'requestedLabel', 'Only prestige registrations take a chosen number or label.');
    return null;
  }
  const choice: PrestigeChoice = { compactNumber: null, label: null };
  if (wantsNumber) {
    if (!input.requestedNumber) throw BadInput.field('requestedNumber', 'Say which prestige number you want (see suggestNumbers).');
    const parsed = parsePrestigeNumber(input.requestedNumber);
    if ('problem' in parsed) throw BadInput.field('requestedNumber', parsed.problem);
    const reserved = await em.find(ReservedNumber, { family: 'PRIVATE', series: { $ne: null } });
    if (reserved.some((r) => r.series === seriesIndex('PRIVATE', parsed.compact.slice(0, 2)))) throw BadInput.field('requestedNumber', 'This series is reserved (state, diplomatic corps…).');
    if (await numberTaken(em, parsed.compact)) throw BadInput.field('requestedNumber', `${formatPlate(parsed.compact)} is already taken; suggestNumbers lists free ones.`);
    choice.compactNumber = parsed.compact;
  } else if (input.requestedNumber) throw BadInput.field('requestedNumber', 'This service gives a label, not a chosen number.');
  if (wantsLabel) {
    if (!input.requestedLabel) throw BadInput.field('requestedLabel', 'Say which label you want on the plate.');
    const parsed = parseLabel(input.requestedLabel);
    if ('problem' in parsed) throw BadInput.field('requestedLabel', parsed.problem);
    if (await labelTaken(em, parsed.label)) throw BadInput.field('requestedLabel', `The label ${parsed.label} is already taken; suggestNumbers lists free variants.`);
    choice.label = parsed.label;
  } else if (input.requestedLabel) throw BadInput.field('requestedLabel', 'This service gives a chosen number, not a label.');
  return choice;
}

/** Sets the choice aside for the demand, in the filing's transaction. */
export function reservePrestige(tx: EntityManager, demandId: string, choice: PrestigeChoice): void {
  tx.create(PrestigeReservation, { demandId, compactNumber: choice.compactNumber, label: choice.label });
}

/** A concurrent filing took the number or label first (the partial unique indexes). */
export function prestigeConflict(err: unknown): BadInput | null {
  if (!isUniqueViolation(err)) return null;
  const constraint = String((err as { constraint?: string }).constraint ?? '');
  if (constraint === 'prestige_number_live') return BadInput.field('requestedNumber', 'Someone reserved this number a moment ago; suggestNumbers lists free ones.');
  if (constraint === 'prestige_label_live') return BadInput.field('requestedLabel', 'Someone reserved this label a moment ago.');
  return null;
}

/** A rejected or cancelled demand gives its number or label back. */
export async function releasePrestige(tx: EntityManager, demandId: string): Promise<void> {
  await tx.nativeUpdate(PrestigeReservation, { demandId, status: PrestigeStatus.HELD }, { status: PrestigeStatus.RELEASED });
}

/** At validation: the plate a prestige demand gets (its number, or its label), and the label printed with it. */
export async function prestigePlateFor(em: EntityManager, demandId: string): Promise<{ compactNumber: string; label: string | null } | null> {
  const r = await em.findOne(PrestigeReservation, { demandId, status: PrestigeStatus.HELD });
  if (!r) return null;
  return { compactNumber: r.compactNumber ?? `${r.label}RB`, label: r.label ?? null };
}

export async function markPrestigeUsed(tx: EntityManager, demandId: string): Promise<void> {
  await tx.nativeUpdate(PrestigeReservation, { demandId, status: PrestigeStatus.HELD }, { status: PrestigeStatus.USED });
}

export interface NumberSuggestions {
  requested: string;
  available: boolean;
  suggestions: string[];
}

/**
 * Free prestige numbers near a wish (`AB 0007`, `7`, `0007`), or free label
 * variants (`KOFFI` → KOFFI, KOFFI1…): checked against plates and live
 * reservations in one statement each.
 */
export async function suggestNumbers(em: EntityManager, wanted: string, first: number): Promise<NumberSuggestions> {
  const raw = normalizePlate(wanted).replace(/RB$/, '');
  const limit = Math.max(1, Math.min(first, 50));
  if (/^\d{1,4}$/.test(raw) || /^[A-Z]{2}\d{1,4}$/.test(raw)) {
    const digits = Number(raw.replace(/^[A-Z]{2}/, ''));
    if (digits < PRESTIGE_RANGE.from || digits > PRESTIGE_RANGE.to) throw BadInput.field('wanted', `Prestige numbers run from 0001 to ${String(PRESTIGE_RANGE.to).padStart(4, '0')}.`);
    let series: number | null = null;
    if (/^[A-Z]/.test(raw)) {
      try {
        series = seriesIndex('PRIVATE', raw.slice(0, 2));
      } catch {
        throw BadInput.field('wanted', 'Series letters never use I, O or Q.');
      }
    }
    const reserved: Reservation[] = (await em.find(ReservedNumber, { family: 'PRIVATE', series: { $ne: null } })).map((r) => ({ series: r.series! }));
    const candidates = prestigeCandidates({ series, number: digits }, reserved, 400);
    const taken = await takenNumbers(em, candidates);
    const free = candidates.filter((c) => !taken.has(c));
    const requested = series === null ? String(digits).padStart(4, '0') : formatPlate(candidates[0] ?? '');
    return { requested, available: series !== null && free[0] === candidates[0], suggestions: free.slice(0, limit).map(formatPlate) };
  }
  const parsed = parseLabel(raw);
  if ('problem' in parsed) throw BadInput.field('wanted', parsed.problem);
  const variants = [parsed.label, ...Array.from({ length: 30 }, (_, i) => `${parsed.label.slice(0, 7)}${i + 1}`.slice(0, 8))].filter((v, i, a) => a.indexOf(v) === i);
  const taken = await takenLabels(em, variants);
  const free = variants.filter((v) => !taken.has(v));
  return { requested: parsed.label, available: !taken.has(parsed.label), suggestions: free.slice(0, limit) };
}

async function takenNumbers(em: EntityManager, compacts: string[]): Promise<Set<string>> {
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(
      "select compact_number as n from plate where compact_number = any(?::text[]) union select compact_number from prestige_reservation where status <> 'RELEASED' and compact_number = any(?::text[])",
      [codesLiteral(compacts), codesLiteral(compacts)],
    );
  return new Set(rows.map((r) => r.n));
}

async function takenLabels(em: EntityManager, labels: string[]): Promise<Set<string>> {
  const plates = labels.map((l) => `${l}RB`);
  const rows = await em
    .getConnection()
    .execute<{ n: string }[]>(
      "select label as n from plate where label = any(?::text[]) union select left(compact_number, -2) from plate where compact_number = any(?::text[]) union select label from prestige_reservation where status <> 'RELEASED' and label = any(?::text[])",
      [codesLiteral(labels), codesLiteral(plates), codesLiteral(labels)],
    );
  return new Set(rows.map((r) => r.n));
}

/** A PostgreSQL text[] literal of plate codes (already reduced to A–Z and 0–9, so nothing to escape). */
function codesLiteral(codes: readonly string[]): string {
  if (codes.some((c) => !/^[A-Z0-9]+$/.test(c))) throw new Error('plate codes are A-Z and 0-9 only');
  return `{${codes.join(',')}}`;
}

/** How long a prestige number or label stays held for a demand not paid yet (draft or awaiting payment). */
export const PRESTIGE_HOLD_MINUTES = 60;
/** Unpaid prestige demands (drafts, awaiting payment) one applicant may have at once; a vehicle has one prestige demand in progress. */
export const MAX_UNPAID_PRESTIGE_PER_APPLICANT = 3;

const IN_PROGRESS = [DemandStatus.DRAFT, ...OPEN_STATUSES];
const UNPAID = [DemandStatus.DRAFT, DemandStatus.AWAITING_PAYMENT];

/**
 * Prestige numbers are scarce (99 per series): nobody squats them with
 * unpaid demands. An applicant holds at most three unpaid prestige demands,
 * a vehicle one prestige demand in progress, and an unpaid hold lapses
 * after PRESTIGE_HOLD_MINUTES.
 */
export async function refuseTooManyPrestige(em: EntityManager, applicantId: string, vehicleId: string | null | undefined): Promise<void> {
  const prestige = { $in: [...PRESTIGE_CODES] };
  const unpaid = await em.count(Demand, { applicantId, serviceCode: prestige, status: { $in: UNPAID } });
  if (unpaid >= MAX_UNPAID_PRESTIGE_PER_APPLICANT) {
    throw new Conflict(`You already hold ${unpaid} unpaid prestige demands: pay or cancel one before asking for another number.`);
  }
  if (vehicleId && (await em.count(Demand, { vehicleId, serviceCode: prestige, status: { $in: IN_PROGRESS } }))) {
    throw new Conflict('This vehicle already has a prestige demand in progress.');
  }
}

/**
 * Gives back the numbers and labels of prestige demands left unpaid past the
 * hold time (drafts, awaiting payment); a payment that comes later takes them
 * again if they are still free (reholdPrestige).
 */
export async function releaseStalePrestige(em: EntityManager, holdMinutes = PRESTIGE_HOLD_MINUTES): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `update prestige_reservation r set status = 'RELEASED'
       from demand d
      where d.id = r.demand_id and r.status = 'HELD' and d.status in ('DRAFT', 'AWAITING_PAYMENT')
        and r.created_at < now() - make_interval(mins => ?)
      returning r.id`,
    [holdMinutes],
  );
  return rows.length;
}

/** At payment: a hold that lapsed is taken again when the number or label is still free (otherwise validation refuses). */
export async function reholdPrestige(tx: EntityManager, demandId: string): Promise<void> {
  const lapsed = await tx.findOne(PrestigeReservation, { demandId, status: PrestigeStatus.RELEASED });
  if (!lapsed) return;
  try {
    await tx.transactional((sp) => sp.nativeUpdate(PrestigeReservation, { id: lapsed.id, status: PrestigeStatus.RELEASED }, { status: PrestigeStatus.HELD, createdAt: new Date() }));
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}
