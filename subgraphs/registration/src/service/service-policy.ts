import { PrintKind } from '../print-order/print-order.entity';

/** How a service's validation numbers the vehicle: the series' next number, or what the applicant chose and holds. */
export type NumberChoice = 'SERIES' | 'PRESTIGE_NUMBER' | 'PRESTIGE_LABEL' | 'PRESTIGE_NUMBER_LABEL';

/**
 * What a service does to the register, beyond its workflow (workflow.ts) and
 * its editable catalogue entry (service.catalogue.ts: names, documents, fee,
 * target times). One row per service of docs/domain.md.
 */
export interface ServicePolicy {
  /** A first registration: sets the holder and opens the vehicle's registration record. */
  registers: boolean;
  /** How validation numbers the vehicle; null: the vehicle keeps its plate. */
  number: NumberChoice | null;
  /** Validation issues a new gray card (the previous one is superseded). */
  issuesCard: boolean;
  /** What the printer makes once validated (plates carry a serial and an RFID tag, cards do not); null: nothing. */
  print: PrintKind | null;
  /** Affiliate kinds that alone may file it for someone else (a pledge: the lenders); absent: no such restriction. */
  filedByAffiliateKinds?: readonly string[];
}

const REGISTRATION = { registers: true, issuesCard: true, print: PrintKind.PLATE_AND_CARD } as const;
const PAPERWORK: ServicePolicy = { registers: false, number: null, issuesCard: false, print: null };

export const SERVICE_POLICY = {
  IMMATRICULATION_STANDARD: { ...REGISTRATION, number: 'SERIES' },
  IMMATRICULATION_PRESTIGE_NUMBER: { ...REGISTRATION, number: 'PRESTIGE_NUMBER' },
  IMMATRICULATION_PRESTIGE_LABEL: { ...REGISTRATION, number: 'PRESTIGE_LABEL' },
  IMMATRICULATION_PRESTIGE_NUMBER_LABEL: { ...REGISTRATION, number: 'PRESTIGE_NUMBER_LABEL' },
  RE_IMMATRICULATION: { registers: false, number: 'SERIES', issuesCard: true, print: PrintKind.PLATE_AND_CARD },
  SALE_DECLARATION: PAPERWORK,
  MUTATION: { registers: false, number: null, issuesCard: true, print: PrintKind.CARD },
  GRAY_CARD_DUPLICATE: { registers: false, number: null, issuesCard: true, print: PrintKind.CARD },
  PLATE_DUPLICATE: { registers: false, number: null, issuesCard: false, print: PrintKind.PLATE },
  VEHICLE_TRANSFORMATION: { registers: false, number: null, issuesCard: true, print: PrintKind.CARD },
  PLATE_TRANSFORMATION: { registers: false, number: null, issuesCard: true, print: PrintKind.PLATE_AND_CARD },
  TINTED_WINDOW_AUTHORIZATION: PAPERWORK,
  GLASS_ENGRAVING: PAPERWORK,
  TITLE_DEPOSIT: PAPERWORK,
  TITLE_RECOVERY: PAPERWORK,
  PLEDGE: { ...PAPERWORK, filedByAffiliateKinds: ['BANK', 'DEALER'] as readonly string[] },
  PLEDGE_LIFT: PAPERWORK,
  OPPOSITION: PAPERWORK,
  OPPOSITION_LIFT: PAPERWORK,
} as const satisfies Record<string, ServicePolicy>;

export type ServiceCode = keyof typeof SERVICE_POLICY;
export const SERVICE_CODES = Object.keys(SERVICE_POLICY) as ServiceCode[];

export const isServiceCode = (code: string): code is ServiceCode => Object.hasOwn(SERVICE_POLICY, code);

/** The policy of a service code (an unknown code has none: nothing to allocate, issue or print). */
export function policyOf(code: string): ServicePolicy {
  return isServiceCode(code) ? SERVICE_POLICY[code] : PAPERWORK;
}

/** The applicant chose a number (prestige). */
export const choosesNumber = (code: string): boolean => ['PRESTIGE_NUMBER', 'PRESTIGE_NUMBER_LABEL'].includes(policyOf(code).number ?? '');
/** The applicant chose a label (prestige). */
export const choosesLabel = (code: string): boolean => ['PRESTIGE_LABEL', 'PRESTIGE_NUMBER_LABEL'].includes(policyOf(code).number ?? '');
/** A prestige service: the number or label is held for the demand from filing to validation. */
export const isPrestige = (code: string): boolean => choosesNumber(code) || choosesLabel(code);
/** Every prestige service code. */
export const PRESTIGE_CODES: readonly ServiceCode[] = SERVICE_CODES.filter(isPrestige);
