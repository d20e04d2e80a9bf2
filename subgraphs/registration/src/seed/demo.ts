import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO, demoHolderOf } from '@simveb/platform/demo';
import { DemandEvent } from '../demand/demand-event.entity';
import { Demand } from '../demand/demand.entity';
import { DemandAction, DemandStatus } from '../demand/demand.enums';
import { formatSequenceNumber } from '@simveb/platform/db/sequence-number';
import { HolderKind, Holding } from '../holding/holding.entity';
import { Plate } from '../plate/plate.entity';
import { CenterAgent, CenterRole } from '../center/center.entity';
import { centerId } from '../center/communes';
import { Encumbrance, EncumbranceKind } from '../encumbrance/encumbrance.entity';
import type { ServiceCode } from '../service/service-policy';

/** Series letters for demo plates: AA, AB, ... skipping I, O and Q like the real allocator. */
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Plates and holders for the demo fleet, and open demands for the demo citizen. Idempotent. */
export async function seedDemo(em: EntityManager): Promise<void> {
  // The demo agent works the Littoral (Cotonou) and Atlantique queues, the second agent Borgou (Parakou); the manager heads Littoral.
  const roster = [
    [DEMO.persons.agent.id, 'Littoral', CenterRole.AGENT],
    [DEMO.persons.agent.id, 'Atlantique', CenterRole.AGENT],
    [DEMO.persons.agent2.id, 'Borgou', CenterRole.AGENT],
    [DEMO.persons.manager.id, 'Littoral', CenterRole.SERVICE_HEAD],
  ] as const;
  for (const [agent, department, role] of roster) {
    const row = await em.findOne(CenterAgent, { agentId: agent, centerId: centerId(department) });
    if (row) row.role = role;
    else em.create(CenterAgent, { agentId: agent, centerId: centerId(department), role });
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
  const open: [number, ServiceCode, DemandStatus, number][] = [
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
    em.create(DemandEvent, {
      demandId: demand.id,
      action: DemandAction.SUBMIT,
      fromStatus: DemandStatus.DRAFT,
      toStatus: status === DemandStatus.ASSIGNED ? DemandStatus.SUBMITTED : status,
      at: since,
    });
    if (status === DemandStatus.ASSIGNED) {
      em.create(DemandEvent, { demandId: demand.id, action: DemandAction.ASSIGN, fromStatus: DemandStatus.SUBMITTED, toStatus: status, at: since });
    }
  }
  await em.flush();
}

/** How a seeded demand got where it is: the actions in order, each with the status it led to. */
const pathTo = (status: DemandStatus): [DemandAction, DemandStatus][] => {
  const base: [DemandAction, DemandStatus][] = [
    [DemandAction.SUBMIT, DemandStatus.AWAITING_PAYMENT],
    [DemandAction.CONFIRM_PAYMENT, DemandStatus.SUBMITTED],
    [DemandAction.ASSIGN, DemandStatus.ASSIGNED],
  ];
  const more: Partial<Record<DemandStatus, [DemandAction, DemandStatus][]>> = {
    [DemandStatus.VERIFIED]: [[DemandAction.VERIFY, DemandStatus.VERIFIED]],
    [DemandStatus.PRE_VALIDATED]: [
      [DemandAction.VERIFY, DemandStatus.VERIFIED],
      [DemandAction.PRE_VALIDATE, DemandStatus.PRE_VALIDATED],
    ],
    [DemandStatus.REJECTED]: [[DemandAction.REJECT, DemandStatus.REJECTED]],
    [DemandStatus.SUSPENDED]: [[DemandAction.SUSPEND, DemandStatus.SUSPENDED]],
    [DemandStatus.CLOSED]: [
      [DemandAction.VERIFY, DemandStatus.VERIFIED],
      [DemandAction.PRE_VALIDATE, DemandStatus.PRE_VALIDATED],
      [DemandAction.VALIDATE, DemandStatus.VALIDATED],
      [DemandAction.CLOSE, DemandStatus.CLOSED],
    ],
  };
  return [...base, ...(more[status] ?? [])];
};

/**
 * Demands in several states across two centres (Littoral and Atlantique),
 * some late, and a fleet vehicle under a pledge and another under an
 * opposition: what a newcomer opens the dashboards on. Idempotent, added to
 * data seeded before it existed.
 */
export async function seedDemoWork(em: EntityManager): Promise<void> {
  if (await em.count(Demand, { id: DEMO.demandId(3) })) return;
  const filed = new Date('2026-11-02T08:30:00Z');
  const { citizen, citizen2, agent, manager, clerk, judge } = DEMO.persons;
  const rows: { n: number; service: ServiceCode; status: DemandStatus; applicant: string; vehicle: number; department: string; late?: boolean; reason?: string; filedBy?: string }[] = [
    { n: 3, service: 'GLASS_ENGRAVING', status: DemandStatus.ASSIGNED, applicant: citizen2.id, vehicle: 3, department: 'Atlantique', late: true },
    { n: 4, service: 'TINTED_WINDOW_AUTHORIZATION', status: DemandStatus.VERIFIED, applicant: citizen2.id, vehicle: 3, department: 'Atlantique' },
    { n: 5, service: 'PLATE_DUPLICATE', status: DemandStatus.PRE_VALIDATED, applicant: citizen.id, vehicle: 2, department: 'Littoral', late: true },
    {
      n: 6,
      service: 'TITLE_DEPOSIT',
      status: DemandStatus.SUSPENDED,
      applicant: citizen.id,
      vehicle: 2,
      department: 'Littoral',
      reason: 'Pièce d’identité illisible : merci d’en déposer une nouvelle copie.',
    },
    { n: 7, service: 'GLASS_ENGRAVING', status: DemandStatus.REJECTED, applicant: citizen2.id, vehicle: 3, department: 'Atlantique', reason: 'La carte grise fournie ne correspond pas au véhicule.' },
    { n: 8, service: 'PLEDGE', status: DemandStatus.CLOSED, applicant: DEMO.companies.transport.id, vehicle: 4, department: 'Littoral', filedBy: DEMO.affiliates.bank.id },
    { n: 9, service: 'OPPOSITION', status: DemandStatus.CLOSED, applicant: DEMO.companies.transport.id, vehicle: 5, department: 'Littoral' },
  ];
  for (const r of rows) {
    const path = pathTo(r.status);
    const open = r.status !== DemandStatus.CLOSED && r.status !== DemandStatus.REJECTED;
    const demand = em.create(Demand, {
      id: DEMO.demandId(r.n),
      reference: formatSequenceNumber('DEM', 2026, 900000 + r.n),
      serviceCode: r.service,
      status: r.status,
      applicantId: r.applicant,
      filedByAffiliateId: r.filedBy ?? null,
      vehicleId: DEMO.vehicleId(r.vehicle),
      centerId: centerId(r.department),
      assignedAgentId: agent.id,
      assignedAt: filed,
      suspendedFrom: r.status === DemandStatus.SUSPENDED ? DemandStatus.ASSIGNED : null,
      // A late one was due days ago; the others are due in two days.
      dueAt: open ? new Date(r.late ? Date.now() - 3 * 86_400_000 : Date.now() + 2 * 86_400_000) : null,
      createdAt: filed,
      updatedAt: filed,
      statusSince: filed,
    });
    let from: DemandStatus = DemandStatus.DRAFT;
    for (const [action, to] of path) {
      const actorId =
        action === DemandAction.SUBMIT
          ? r.applicant
          : action === DemandAction.CONFIRM_PAYMENT || action === DemandAction.ASSIGN
            ? null
            : r.service === 'OPPOSITION'
              ? action === DemandAction.VERIFY || action === DemandAction.PRE_VALIDATE
                ? clerk.id
                : judge.id
              : action === DemandAction.VALIDATE || action === DemandAction.CLOSE
                ? manager.id
                : agent.id;
      const reason = to === DemandStatus.REJECTED || to === DemandStatus.SUSPENDED ? (r.reason ?? null) : null;
      em.create(DemandEvent, { demandId: demand.id, action, fromStatus: from, toStatus: to, actorId, reason, at: filed });
      from = to;
    }
  }
  em.create(Encumbrance, {
    vehicleId: DEMO.vehicleId(4),
    kind: EncumbranceKind.PLEDGE,
    demandId: DEMO.demandId(8),
    reference: formatSequenceNumber('DEM', 2026, 900008),
    lenderAffiliateId: DEMO.affiliates.bank.id,
    since: filed,
  });
  em.create(Encumbrance, { vehicleId: DEMO.vehicleId(5), kind: EncumbranceKind.OPPOSITION, demandId: DEMO.demandId(9), reference: formatSequenceNumber('DEM', 2026, 900009), since: filed });
  await em.flush();
}
