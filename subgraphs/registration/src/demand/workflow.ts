import { DemandAction, DemandStatus } from './demand.enums';

/**
 * Allowed transitions: (from, action) -> to. Anything not listed is illegal.
 * The walking skeleton's minimal machine; services and roles refine it.
 */
const TRANSITIONS: Partial<Record<DemandStatus, Partial<Record<DemandAction, DemandStatus>>>> = {
  [DemandStatus.DRAFT]: { SUBMIT: DemandStatus.SUBMITTED, REJECT: DemandStatus.REJECTED },
  [DemandStatus.SUBMITTED]: { VERIFY: DemandStatus.VERIFIED, REJECT: DemandStatus.REJECTED },
  [DemandStatus.VERIFIED]: { VALIDATE: DemandStatus.VALIDATED, REJECT: DemandStatus.REJECTED },
};

export function nextStatus(from: DemandStatus, action: DemandAction): DemandStatus | undefined {
  return TRANSITIONS[from]?.[action];
}

export function allowedActions(from: DemandStatus): DemandAction[] {
  return Object.keys(TRANSITIONS[from] ?? {}) as DemandAction[];
}

/** Actions that need a written reason (shown to the applicant). */
export const NEEDS_REASON = new Set<DemandAction>([DemandAction.REJECT]);
