import { describe, expect, it } from 'vitest';
import { SubmitDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { count, db } from '../support/graph';
import { registeredVehicleOf } from '../support/demands';
import { as } from '../support/sessions';

describe('filing', () => {
  it('a refused filing (documents missing) takes no reference number and writes nothing', async () => {
    const citizen = await as('citizen');
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const lastReference = () => db('registration', async (c) => String((await c.query('select last_value from demand_reference_seq')).rows[0].last_value));
    // Other files file demands at the same time: look for a quiet moment (no demand written meanwhile).
    for (let attempt = 0; attempt < 10; attempt++) {
      const [before, demandsBefore] = [await lastReference(), await count('registration', 'select count(*) from demand')];
      const refused = await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'GLASS_ENGRAVING', vehicleId, documentIds: [] } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const [after, demandsAfter] = [await lastReference(), await count('registration', 'select count(*) from demand')];
      if (demandsAfter !== demandsBefore) continue;
      expect(after).toBe(before);
      return;
    }
    throw new Error('never a quiet moment to compare the reference sequence');
  });
});
