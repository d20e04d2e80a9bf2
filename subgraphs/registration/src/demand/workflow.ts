import type { Role } from '@simveb/platform/auth/actor';
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

/**
 * Who may perform each action. APPLICANT means the demand's applicant (or the
 * affiliate that filed it); the others are ANaTT staff roles.
 */
export const ACTION_ROLES: Record<DemandAction, readonly (Role | 'APPLICANT')[]> = {
  SUBMIT: ['APPLICANT'],
  VERIFY: ['AGENT', 'SERVICE_HEAD'],
  VALIDATE: ['SERVICE_HEAD', 'DEMAND_MANAGER'],
  REJECT: ['AGENT', 'SERVICE_HEAD', 'DEMAND_MANAGER'],
};
