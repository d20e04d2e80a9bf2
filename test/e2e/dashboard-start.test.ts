import { describe, expect, it } from 'vitest';
import { DEMO } from '@simveb/platform/demo';
import { assignedDemand, registeredVehicleOf } from '../support/demands';
import { as } from '../support/sessions';

type Centers = { me: { centers: { id: string; name: string; department: string }[] } | null };

/** What a backoffice dashboard needs to start: the signed-in staff member's centres, and queues fed to agents. */
describe('what a dashboard needs to start', () => {
  it('staff see their own centres; citizens none', async () => {
    const centers = async (who: Parameters<typeof as>[0]) =>
      ((await (await as(who)).request<Centers, Record<string, never>>('{ me { centers { id name department } } }')).data!.me!.centers ?? []).map((c) => c.department);
    // Other files put people on more rosters while this runs: the seeded centres are there.
    expect(await centers('agent')).toEqual(expect.arrayContaining(['Atlantique', 'Littoral']));
    expect(await centers('manager')).toEqual(expect.arrayContaining(['Littoral']));
    expect(await centers('citizen')).toEqual([]);
  });

  it('automatic assignment goes to the centre’s agents, never to a service head on its roster', async () => {
    // The Littoral roster: the demo agent (AGENT) and the demo manager (SERVICE_HEAD).
    const demands = await Promise.all([1, 2, 3].map(async () => assignedDemand('GRAY_CARD_DUPLICATE', (await registeredVehicleOf(DEMO.persons.citizen.id)).vehicleId)));
    const manager = await as('manager');
    for (const d of demands) {
      const res = await manager.request<{ demand: { status: string; assignedAgent: { id: string } | null } }, { id: string }>('query($id: ID!) { demand(id: $id) { status assignedAgent { id } } }', {
        id: d.id,
      });
      expect(res.data!.demand).toEqual({ status: 'ASSIGNED', assignedAgent: { id: DEMO.persons.agent.id } });
    }
  });
});
