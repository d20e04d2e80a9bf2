import type { Role } from '@simveb/platform/auth/actor';
import { DemandAction, DemandStatus } from './demand.enums';

/** Who may act: a staff or affiliate role, the applicant (or the affiliate that filed), or the system itself. */
export type Performer = Role | 'APPLICANT' | 'SYSTEM' | 'INTERPOL_DESK' | 'PRINTER';

export interface ServiceFlags {
  /** The service code, for services validated by their own chain of authorities (CHAINS). */
  code?: string;
  needsInterpolCheck: boolean;
  needsPrinting: boolean;
  feeDue: boolean;
}

interface Transition {
  to: DemandStatus | 'PREVIOUS';
  by: readonly Performer[];
  /** The transition exists only for services with these flags. */
  when?: (s: ServiceFlags) => boolean;
}

const STAFF_TREATING: readonly Performer[] = ['AGENT', 'SERVICE_HEAD'];
const DECIDERS: readonly Performer[] = ['SERVICE_HEAD', 'DEMAND_MANAGER'];
const REJECTERS: readonly Performer[] = ['AGENT', 'SERVICE_HEAD', 'DEMAND_MANAGER'];

const open = (s: DemandStatus, extra: Partial<Record<DemandAction, Transition>>): Partial<Record<DemandAction, Transition>> => ({
  ...extra,
  REJECT: { to: DemandStatus.REJECTED, by: REJECTERS },
  SUSPEND: { to: DemandStatus.SUSPENDED, by: DECIDERS },
  ...(s === DemandStatus.SUBMITTED || s === DemandStatus.AWAITING_PAYMENT ? { CANCEL: { to: DemandStatus.CANCELLED, by: ['APPLICANT'] } } : {}),
});

/**
 * The demand workflow of docs/domain.md, one table for every service: a row per
 * (status, action) with the roles allowed and, where a step exists only for
 * some services (Interpol check, printing, payment), the condition.
 */
export const WORKFLOW: Partial<Record<DemandStatus, Partial<Record<DemandAction, Transition>>>> = {
  [DemandStatus.DRAFT]: {
    SUBMIT: { to: DemandStatus.AWAITING_PAYMENT, by: ['APPLICANT', 'AGENT'], when: (s) => s.feeDue },
    CANCEL: { to: DemandStatus.CANCELLED, by: ['APPLICANT'] },
  },
  [DemandStatus.AWAITING_PAYMENT]: open(DemandStatus.AWAITING_PAYMENT, {
    CONFIRM_PAYMENT: { to: DemandStatus.SUBMITTED, by: ['SYSTEM'] },
  }),
  [DemandStatus.SUBMITTED]: open(DemandStatus.SUBMITTED, {
    ASSIGN: { to: DemandStatus.ASSIGNED, by: ['SYSTEM', 'DEMAND_MANAGER', 'SERVICE_HEAD'] },
  }),
  [DemandStatus.ASSIGNED]: open(DemandStatus.ASSIGNED, {
    VERIFY: { to: DemandStatus.VERIFIED, by: STAFF_TREATING },
    ASSIGN: { to: DemandStatus.ASSIGNED, by: ['DEMAND_MANAGER', 'SERVICE_HEAD'] },
  }),
  [DemandStatus.VERIFIED]: open(DemandStatus.VERIFIED, {
    REQUEST_INTERPOL_CHECK: { to: DemandStatus.INTERPOL_CHECK, by: STAFF_TREATING, when: (s) => s.needsInterpolCheck },
    PRE_VALIDATE: { to: DemandStatus.PRE_VALIDATED, by: STAFF_TREATING, when: (s) => !s.needsInterpolCheck },
  }),
  [DemandStatus.INTERPOL_CHECK]: open(DemandStatus.INTERPOL_CHECK, {
    CLEAR_INTERPOL_CHECK: { to: DemandStatus.PRE_VALIDATED, by: ['INTERPOL_DESK', 'SERVICE_HEAD'] },
  }),
  [DemandStatus.PRE_VALIDATED]: open(DemandStatus.PRE_VALIDATED, {
    VALIDATE: { to: DemandStatus.VALIDATED, by: DECIDERS },
  }),
  [DemandStatus.VALIDATED]: {
    ORDER_PRINT: { to: DemandStatus.PRINT_ORDERED, by: ['DEMAND_MANAGER'], when: (s) => s.needsPrinting },
    CLOSE: { to: DemandStatus.CLOSED, by: ['DEMAND_MANAGER'], when: (s) => !s.needsPrinting },
    SUSPEND: { to: DemandStatus.SUSPENDED, by: DECIDERS },
  },
  [DemandStatus.PRINT_ORDERED]: {
    MARK_PRINTED: { to: DemandStatus.PRINTED, by: ['PRINTER', 'DEMAND_MANAGER'] },
    SUSPEND: { to: DemandStatus.SUSPENDED, by: DECIDERS },
  },
  [DemandStatus.PRINTED]: {
    VALIDATE_PRINT: { to: DemandStatus.PRINT_VALIDATED, by: DECIDERS },
    SUSPEND: { to: DemandStatus.SUSPENDED, by: DECIDERS },
  },
  [DemandStatus.PRINT_VALIDATED]: {
    DELIVER: { to: DemandStatus.CLOSED, by: ['DEMAND_MANAGER', 'AGENT'] },
  },
  [DemandStatus.SUSPENDED]: {
    RESUME: { to: 'PREVIOUS', by: DECIDERS },
    REJECT: { to: DemandStatus.REJECTED, by: REJECTERS },
  },
};

/**
 * Services whose steps are taken by other authorities than ANaTT's agents
 * (docs/domain.md): a pledge, filed by the lender, is checked by the court clerk
 * (greffe) before ANaTT validates it; an opposition, filed by the court clerk,
 * is decided by the investigating judge. Same statuses, other performers.
 */
const JUDGE_DECIDES: Partial<Record<DemandAction, readonly Performer[]>> = {
  VERIFY: ['COURT_CLERK'],
  PRE_VALIDATE: ['COURT_CLERK'],
  VALIDATE: ['INVESTIGATING_JUDGE'],
  CLOSE: ['INVESTIGATING_JUDGE', 'DEMAND_MANAGER'],
  REJECT: ['COURT_CLERK', 'INVESTIGATING_JUDGE'],
};
export const CHAINS: Record<string, Partial<Record<DemandAction, readonly Performer[]>>> = {
  PLEDGE: { VERIFY: ['COURT_CLERK'], REJECT: ['COURT_CLERK', ...REJECTERS] },
  OPPOSITION: JUDGE_DECIDES,
  OPPOSITION_LIFT: JUDGE_DECIDES,
};

/** DRAFT -> SUBMITTED straight when no fee is due (the row above covers the paying case). */
const SUBMIT_FREE: Transition = { to: DemandStatus.SUBMITTED, by: ['APPLICANT', 'AGENT'] };

export function transitionFor(from: DemandStatus, action: DemandAction, service: ServiceFlags): Transition | undefined {
  if (from === DemandStatus.DRAFT && action === DemandAction.SUBMIT && !service.feeDue) return SUBMIT_FREE;
  const t = WORKFLOW[from]?.[action];
  if (!t || (t.when && !t.when(service))) return undefined;
  const chain = service.code ? CHAINS[service.code]?.[action] : undefined;
  return chain ? { ...t, by: chain } : t;
}

export function allowedActions(from: DemandStatus, service: ServiceFlags): DemandAction[] {
  return (Object.keys(DemandAction) as DemandAction[]).filter((a) => transitionFor(from, a, service));
}

/** Actions that need a written reason (shown to the applicant). */
export const NEEDS_REASON = new Set<DemandAction>([DemandAction.REJECT, DemandAction.SUSPEND]);

/** Everyone who may perform an action in some status: anyone else is refused before legality is even checked. */
export function performersOf(action: DemandAction): Set<Performer> {
  const out = new Set<Performer>();
  for (const row of Object.values(WORKFLOW)) for (const p of row?.[action]?.by ?? []) out.add(p);
  for (const chain of Object.values(CHAINS)) for (const p of chain[action] ?? []) out.add(p);
  if (action === DemandAction.SUBMIT) out.add('APPLICANT');
  return out;
}
