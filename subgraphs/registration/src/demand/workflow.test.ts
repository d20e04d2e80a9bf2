import { describe, expect, it } from 'vitest';
import { DemandAction, DemandStatus } from './demand.enums';
import { allowedActions, nextStatus } from './workflow';

describe('demand workflow', () => {
  it('walks DRAFT -> SUBMITTED -> VERIFIED -> VALIDATED', () => {
    expect(nextStatus(DemandStatus.DRAFT, DemandAction.SUBMIT)).toBe(DemandStatus.SUBMITTED);
    expect(nextStatus(DemandStatus.SUBMITTED, DemandAction.VERIFY)).toBe(DemandStatus.VERIFIED);
    expect(nextStatus(DemandStatus.VERIFIED, DemandAction.VALIDATE)).toBe(DemandStatus.VALIDATED);
  });

  it('rejects from any open state and from nowhere else', () => {
    for (const s of [DemandStatus.DRAFT, DemandStatus.SUBMITTED, DemandStatus.VERIFIED]) {
      expect(nextStatus(s, DemandAction.REJECT)).toBe(DemandStatus.REJECTED);
    }
    expect(nextStatus(DemandStatus.VALIDATED, DemandAction.REJECT)).toBeUndefined();
    expect(nextStatus(DemandStatus.REJECTED, DemandAction.REJECT)).toBeUndefined();
  });

  it('does not skip steps', () => {
    expect(nextStatus(DemandStatus.SUBMITTED, DemandAction.VALIDATE)).toBeUndefined();
    expect(allowedActions(DemandStatus.VALIDATED)).toEqual([]);
  });
});
