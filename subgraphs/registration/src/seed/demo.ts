import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO, demoHolderOf } from '@simveb/platform/demo';
import { DemandEvent } from '../demand/demand-event.entity';
import { Demand } from '../demand/demand.entity';
import { DemandAction, DemandStatus } from '../demand/demand.enums';
import { formatSequenceNumber } from '@simveb/platform/db/sequence-number';
import { HolderKind, Holding } from '../holding/holding.entity';
import { Plate } from '../plate/plate.entity';
import { CenterAgent } from '../center/center.entity';
import { centerId } from '../center/communes';

/** Series letters for demo plates: AA, AB, ... skipping I, O and Q like the real allocator. */
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Plates and holders for the demo fleet, and open demands for the demo citizen. Idempotent. */
export async function seedDemo(em: EntityManager): Promise<void> {
  // The demo agent works the Littoral (Cotonou) and Atlantique queues; the manager heads Littoral.
  for (const [agent, department] of [[DEMO.persons.agent.id, 'Littoral'], [DEMO.persons.agent.id, 'Atlantique'], [DEMO.persons.manager.id, 'Littoral']] as const) {
    if (!(await em.count(CenterAgent, { agentId: agent, centerId: centerId(department) }))) em.create(CenterAgent, { agentId: agent, centerId: centerId(department) });
  }
  await em.flush();
  if (await em.count(Holding, { vehicleId: DEMO.vehicleId(1) })) return;
  const since = new Date('2024-03-01T09:00:00Z');
  for (let n = 1; n <= DEMO.fleetSize; n++) {
    const holder = demoHolderOf(n);
    em.create(Holding, {
      vehicleId: DEMO.vehicleId(n),
      holderId: holder.id,
      holderKind: holder.type === 'PERSON' ? HolderKind.PERSON : HolderKind.COMPANY,
      startedAt: since,
    });
    em.create(Plate, { vehicleId: DEMO.vehicleId(n), compactNumber: `A${LETTERS[n % LETTERS.length]}${String(1000 + n)}RB`, issuedAt: since });
  }
  const open: [number, string, DemandStatus, number][] = [
    [1, 'GRAY_CARD_DUPLICATE', DemandStatus.ASSIGNED, 1],
    [2, 'TINTED_WINDOW_AUTHORIZATION', DemandStatus.AWAITING_PAYMENT, 2],
  ];
  for (const [n, serviceCode, status, vehicle] of open) {
    const demand = em.create(Demand, {
      id: DEMO.demandId(n),
      reference: formatSequenceNumber('DEM', 2026, 900000 + n),
      serviceCode,
      status,
      applicantId: DEMO.persons.citizen.id,
      vehicleId: DEMO.vehicleId(vehicle),
      centerId: centerId('Littoral'),
      assignedAgentId: status === DemandStatus.ASSIGNED ? DEMO.persons.agent.id : null,
      createdAt: since,
      updatedAt: since,
      statusSince: since,
    });
    em.create(DemandEvent, { demandId: demand.id, action: DemandAction.SUBMIT, fromStatus: DemandStatus.DRAFT, toStatus: status === DemandStatus.ASSIGNED ? DemandStatus.SUBMITTED : status, at: since });
    if (status === DemandStatus.ASSIGNED) {
      em.create(DemandEvent, { demandId: demand.id, action: DemandAction.ASSIGN, fromStatus: DemandStatus.SUBMITTED, toStatus: status, at: since });
    }
  }
  await em.flush();
}
