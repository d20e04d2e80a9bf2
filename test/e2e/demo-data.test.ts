import { describe, expect, it } from 'vitest';
import { DEMO } from '@simveb/platform/demo';
import { SimvebClient } from '@simveb/clients/sdk';
import { graph } from '../support/graph';
import { as } from '../support/sessions';

/** What a newcomer finds on the embedded default: work in several states across two centres, encumbered vehicles, a partner key. */
describe('demo data a newcomer can explore', () => {
  it('demands in several states across two centres, some late', async () => {
    const manager = await as('manager');
    type D = { id: string; status: string; overdue: boolean; center: { department: string } | null };
    const seeded: D[] = [];
    // 1 and 2 are the README's examples (other files move them); 3-9 are the dashboards' workload.
    for (let n = 3; n <= 9; n++) {
      const res = await manager.request<{ demand: D | null }, { id: string }>('query($id: ID!) { demand(id: $id) { id status overdue center { department } } }', { id: DEMO.demandId(n) });
      expect(res.errors).toBeUndefined();
      seeded.push(res.data!.demand!);
    }
    expect(new Set(seeded.map((d) => d.status))).toEqual(new Set(['ASSIGNED', 'VERIFIED', 'PRE_VALIDATED', 'SUSPENDED', 'REJECTED', 'CLOSED']));
    expect(new Set(seeded.map((d) => d.center?.department))).toEqual(new Set(['Littoral', 'Atlantique']));
    expect(seeded.filter((d) => d.overdue).length).toBeGreaterThanOrEqual(2);
  });

  it('a fleet vehicle under a pledge, another under an opposition', async () => {
    const agent = await as('agent');
    const q = 'query($id: ID!) { vehicle(id: $id) { encumbrances { kind active lenderAffiliateId } } }';
    const pledged = await agent.request<{ vehicle: { encumbrances: { kind: string; active: boolean; lenderAffiliateId: string | null }[] } }, { id: string }>(q, { id: DEMO.vehicleId(4) });
    expect(pledged.data!.vehicle.encumbrances).toEqual([{ kind: 'PLEDGE', active: true, lenderAffiliateId: DEMO.affiliates.bank.id }]);
    const opposed = await agent.request<{ vehicle: { encumbrances: { kind: string; active: boolean }[] } }, { id: string }>(q, { id: DEMO.vehicleId(5) });
    expect(opposed.data!.vehicle.encumbrances).toMatchObject([{ kind: 'OPPOSITION', active: true }]);
  });

  it('the insurer’s demo partner key reads the register; its scopes are read-only and its kind cannot get write keys', async () => {
    const partner = new SimvebClient(graph().routerUrl, { authorization: `Bearer ${DEMO.partnerKey.key}` });
    const res = await partner.request<{ vehiclesByPlates: ({ vin: string; holder: { displayName: string } | null; encumbrances: { kind: string }[] } | null)[] }, Record<string, never>>(
      '{ vehiclesByPlates(numbers: ["AB 1001 RB", "ZZ 9999 RB"]) { vin holder { displayName } encumbrances { kind } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.vehiclesByPlates[0]!.holder!.displayName).toBe('Adjoa HOUNKPATIN');
    expect(res.data!.vehiclesByPlates[1]).toBeNull();
    const write = await partner.request('mutation { submitDemand(input: { serviceCode: "GLASS_ENGRAVING", vehicleId: "0190a001-0000-7000-8000-000000000001" }) { id } }');
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(write.errors![0]!.extensions!.code);
    const admin = await as('admin');
    const writeKey = await admin.request('mutation($a: ID!) { createApiKey(input: { affiliateId: $a, name: "x", scopes: ["demands:write"] }) { secret } }', { a: DEMO.affiliates.insurer.id });
    expect(writeKey.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
