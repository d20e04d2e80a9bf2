import { describe, expect, it } from 'vitest';
import { DemandAction as A, DemandStatus as S } from './demand.enums';
import { allowedActions, transitionFor } from './workflow';

const registration = { needsInterpolCheck: true, needsPrinting: true, feeDue: true };
const simple = { needsInterpolCheck: false, needsPrinting: false, feeDue: true };
const free = { needsInterpolCheck: false, needsPrinting: false, feeDue: false };

function walk(service: typeof registration, actions: A[]): S {
  let s = S.DRAFT;
  for (const a of actions) {
    const t = transitionFor(s, a, service);
    if (!t) throw new Error(`${a} not allowed from ${s}`);
    s = t.to as S;
  }
  return s;
}

describe('demand workflow', () => {
  it('a registration goes through payment, assignment, Interpol, validation and printing', () => {
    expect(
      walk(registration, [A.SUBMIT, A.CONFIRM_PAYMENT, A.ASSIGN, A.VERIFY, A.REQUEST_INTERPOL_CHECK, A.CLEAR_INTERPOL_CHECK, A.VALIDATE, A.ORDER_PRINT, A.MARK_PRINTED, A.VALIDATE_PRINT, A.DELIVER]),
    ).toBe(S.CLOSED);
    // Nothing is handed over before ANaTT checked what the printer made.
    expect(transitionFor(S.PRINTED, A.DELIVER, registration)).toBeUndefined();
  });

  it('a simple service skips Interpol and printing', () => {
    expect(walk(simple, [A.SUBMIT, A.CONFIRM_PAYMENT, A.ASSIGN, A.VERIFY, A.PRE_VALIDATE, A.VALIDATE, A.CLOSE])).toBe(S.CLOSED);
    expect(transitionFor(S.VERIFIED, A.REQUEST_INTERPOL_CHECK, simple)).toBeUndefined();
    expect(transitionFor(S.VALIDATED, A.ORDER_PRINT, simple)).toBeUndefined();
  });

  it('a registration cannot skip the Interpol check or printing', () => {
    expect(transitionFor(S.VERIFIED, A.PRE_VALIDATE, registration)).toBeUndefined();
    expect(transitionFor(S.VALIDATED, A.CLOSE, registration)).toBeUndefined();
  });

  it('a free service goes straight to SUBMITTED', () => {
    expect(transitionFor(S.DRAFT, A.SUBMIT, free)?.to).toBe(S.SUBMITTED);
    expect(transitionFor(S.DRAFT, A.SUBMIT, simple)?.to).toBe(S.AWAITING_PAYMENT);
  });

  it('rejects and suspends from open states, with named roles only', () => {
    for (const s of [S.SUBMITTED, S.ASSIGNED, S.VERIFIED, S.PRE_VALIDATED]) {
      expect(transitionFor(s, A.REJECT, simple)?.by).toEqual(['AGENT', 'SERVICE_HEAD', 'DEMAND_MANAGER']);
      expect(transitionFor(s, A.SUSPEND, simple)?.to).toBe(S.SUSPENDED);
    }
    expect(transitionFor(S.SUSPENDED, A.RESUME, simple)?.to).toBe('PREVIOUS');
    expect(transitionFor(S.CLOSED, A.REJECT, simple)).toBeUndefined();
    expect(transitionFor(S.REJECTED, A.RESUME, simple)).toBeUndefined();
  });

  it('the applicant cancels only before treatment starts', () => {
    expect(transitionFor(S.AWAITING_PAYMENT, A.CANCEL, simple)?.by).toEqual(['APPLICANT']);
    expect(transitionFor(S.SUBMITTED, A.CANCEL, simple)?.to).toBe(S.CANCELLED);
    expect(transitionFor(S.ASSIGNED, A.CANCEL, simple)).toBeUndefined();
  });

  it('lists the actions allowed now', () => {
    expect(allowedActions(S.ASSIGNED, simple)).toEqual([A.ASSIGN, A.VERIFY, A.REJECT, A.SUSPEND]);
  });
});
