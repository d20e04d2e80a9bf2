import { describe, expect, it } from 'vitest';
import { SERVICES } from './service.catalogue';
import { choosesLabel, choosesNumber, isPrestige, policyOf, PRESTIGE_CODES, SERVICE_CODES, SERVICE_POLICY } from './service-policy';

describe('the service policy table', () => {
  it('has one row per service of the catalogue, and no other', () => {
    expect([...SERVICE_CODES].sort()).toEqual(SERVICES.map((s) => s.code).sort());
  });

  it('prints exactly the services whose catalogue entry has a printing step', () => {
    for (const s of SERVICES) expect([s.code, policyOf(s.code).print !== null]).toEqual([s.code, Boolean(s.needsPrinting)]);
  });

  it('only first registrations register; a registration and a re-registration are numbered; a card comes with every new number', () => {
    expect(SERVICE_CODES.filter((c) => SERVICE_POLICY[c].registers)).toEqual(SERVICE_CODES.filter((c) => c.startsWith('IMMATRICULATION')));
    expect(SERVICE_CODES.filter((c) => SERVICE_POLICY[c].number !== null).sort()).toEqual([...SERVICE_CODES.filter((c) => c.startsWith('IMMATRICULATION')), 'RE_IMMATRICULATION'].sort());
    for (const c of SERVICE_CODES) if (SERVICE_POLICY[c].number) expect([c, SERVICE_POLICY[c].issuesCard]).toEqual([c, true]);
  });

  it('prestige: a chosen number, a chosen label, or both', () => {
    expect(PRESTIGE_CODES).toEqual(['IMMATRICULATION_PRESTIGE_NUMBER', 'IMMATRICULATION_PRESTIGE_LABEL', 'IMMATRICULATION_PRESTIGE_NUMBER_LABEL']);
    expect([choosesNumber('IMMATRICULATION_PRESTIGE_NUMBER_LABEL'), choosesLabel('IMMATRICULATION_PRESTIGE_NUMBER_LABEL')]).toEqual([true, true]);
    expect([choosesNumber('IMMATRICULATION_PRESTIGE_LABEL'), choosesLabel('IMMATRICULATION_PRESTIGE_NUMBER')]).toEqual([false, false]);
    expect(isPrestige('IMMATRICULATION_STANDARD')).toBe(false);
  });

  it('an unknown code has no effect on the register', () => {
    expect(policyOf('NOT_A_SERVICE')).toEqual({ registers: false, number: null, issuesCard: false, print: null });
  });

  it('only lenders file pledges for others', () => {
    expect(SERVICE_POLICY.PLEDGE.filedByAffiliateKinds).toEqual(['BANK', 'DEALER']);
  });
});
