import { describe, expect, it } from 'vitest';
import { SubmitDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { count, db, graph } from '../support/graph';
import { PDF, registeredVehicleOf, upload } from '../support/demands';
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

  it('a supporting document opens for its uploader and the staff treating its demand; to anyone else it does not exist', async () => {
    const citizen = await as('citizen');
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const id = (await upload(citizen, 'GRAY_CARD', PDF)).body.id!;
    const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, graph().routerUrl), { headers });
    const path = `/documents/uploads/${id}`;

    const own = await get(path, citizen.headers);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);
    // Not attached yet: only its uploader.
    expect((await get(path, (await as('citizen2')).headers)).status).toBe(404);
    expect((await get(path, (await as('agent')).headers)).status).toBe(404);
    expect((await get(path)).status).toBe(401);
    expect((await get(path, { authorization: 'Bearer nonsense' })).status).toBe(401);

    const submitted = await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'GLASS_ENGRAVING', vehicleId, documentIds: [id] } });
    expect(submitted.errors).toBeUndefined();
    const filed = submitted.data!.submitDemand;
    const staff = await (
      await as('manager')
    ).request<{ demand: { documents: { id: string; path: string }[] } }, { id: string }>('query($id: ID!) { demand(id: $id) { documents { id path } } }', { id: filed.id });
    expect(staff.data!.demand.documents).toContainEqual({ id, path });
    expect((await get(path, (await as('manager')).headers)).status).toBe(200);
    expect((await get(path, (await as('citizen2')).headers)).status).toBe(404);
    // Malformed ids and traversal are not found, never an error page.
    for (const bad of ['/documents/uploads/not-a-uuid', '/documents/uploads/..%2F..%2Fetc%2Fpasswd', `/documents/uploads/${id.replace(/.$/, '0')}x`]) {
      expect((await get(bad, citizen.headers)).status).toBe(404);
    }
  });
});
