import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAnswers } from '@simveb/dev/launcher/services-answer';
import { createDatabases, type RunDatabases } from '@simveb/dev/launcher/run-databases';
import { ANONYMOUS, type Actor } from '@simveb/platform/auth/actor';
import { createOrm, migrate } from '@simveb/platform/db/orm';
import { DEMO, demoHolderOf } from '@simveb/platform/demo';
import { DomainError } from '@simveb/platform/errors';
import { OutboxEvent } from '@simveb/platform/outbox/outbox.entity';
import { entities } from '../entities';
import { GraphVehicleRegistry } from '../integrations/vehicle-registry';
import { migrations } from '../migrations';
import { seedDemo } from '../seed/demo';
import { seedReferenceData } from '../seed/services';
import { DemandDocumentFile } from '../document/document.entity';
import type { DemandDeps } from './demand.deps';
import { SubmitDemandInput } from './demand.inputs';
import { DemandEvent } from './demand-event.entity';
import { Demand } from './demand.entity';
import { DemandAction, DemandStatus } from './demand.enums';
import { submitDemand } from './file-demand';
import { confirmPayment, transitionDemand } from './transition';

/**
 * The demand use cases called directly on registration's real schema (a
 * PostgreSQL database of this file's own, migrated and seeded as at start):
 * no graph processes, seconds to run. What only the graph shows (tokens,
 * the router, other subgraphs, events reaching subscribers) stays in test/e2e.
 */
const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const available = await postgresAnswers(ADMIN_URL);

const user = (partyId: string, roles: Actor['roles'], commune: string | null = 'Cotonou'): Actor => ({ ...ANONYMOUS, kind: 'user', accountId: partyId, partyId, profileId: partyId, roles, commune });
const citizen = user(DEMO.persons.citizen.id, ['CITIZEN']);
const agent = user(DEMO.persons.agent.id, ['AGENT']);

describe.skipIf(!available)('demand use cases on the real schema', () => {
  const run = `simveb_unit_${process.pid}_${Date.now().toString(36)}`;
  let databases: RunDatabases | undefined;
  let orm: MikroORM;
  let deps: DemandDeps;
  // A vehicle the demo citizen holds (the demo fleet's holders are fixed).
  const vehicleId = DEMO.vehicleId(Array.from({ length: DEMO.fleetSize }, (_, i) => i + 1).find((n) => demoHolderOf(n).id === DEMO.persons.citizen.id)!);

  beforeAll(async () => {
    databases = await createDatabases(ADMIN_URL, run, ['registration']);
    const url = databases.urls.registration!;
    orm = await createOrm({ name: 'registration-unit', url, entities, migrations, poolMax: 4 });
    await migrate(orm, url, 'registration');
    await seedReferenceData(orm.em.fork());
    await seedDemo(orm.em.fork());
    // The real adapter, pointed where nothing answers: these use cases need the vehicle register only to price (best effort).
    deps = { keys: async () => Promise.reject(new Error('no consent tokens here')), vehicles: new GraphVehicleRegistry('http://127.0.0.1:9/graphql'), pledgeBlocksSale: true };
  }, 60_000);

  afterAll(async () => {
    await orm?.close();
    await databases?.drop();
  });

  /** A glass-engraving filing with the gray card it requires, uploaded by the filer (an upload's row, as the upload route writes it). */
  async function engraving(filer: Actor): Promise<SubmitDemandInput> {
    const em = orm.em.fork();
    const doc = em.create(DemandDocumentFile, {
      type: 'GRAY_CARD',
      fileName: 'carte-grise.pdf',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      storageKey: 'unit/none',
      ownerId: filer.partyId!,
    });
    await em.flush();
    return Object.assign(new SubmitDemandInput(), { serviceCode: 'GLASS_ENGRAVING', vehicleId, documentIds: [doc.id] });
  }

  const historyOf = (demandId: string) => orm.em.fork().find(DemandEvent, { demandId }, { orderBy: { at: 'asc', id: 'asc' } });
  const eventsOf = async (demandId: string) => (await orm.em.fork().find(OutboxEvent, {})).filter((e) => (e.payload as { demandId?: string }).demandId === demandId);

  it('a citizen files on their vehicle: one SUBMIT in the history, one event per move, written with the demand', async () => {
    const demand = await submitDemand(orm.em.fork(), await engraving(citizen), citizen, deps);
    expect(demand.reference).toMatch(/^DEM-\d{4}-\d{6}$/);
    // Glass engraving has a fee: the demand waits for its payment.
    expect(demand.status).toBe(DemandStatus.AWAITING_PAYMENT);
    const history = await historyOf(demand.id);
    expect(history.map((h) => h.action)).toEqual([DemandAction.SUBMIT]);
    expect((await eventsOf(demand.id)).length).toBe(history.length);
  });

  it('billing confirms the payment: the system moves it on and the centre’s agent gets it, once', async () => {
    const demand = await submitDemand(orm.em.fork(), await engraving(citizen), citizen, deps);
    expect(demand.status).toBe(DemandStatus.AWAITING_PAYMENT);
    const move = () => orm.em.fork().transactional((tx) => confirmPayment(tx, demand.id));
    expect(await move()).toBe('moved');
    expect(await move()).toBe('ignored');
    const after = await orm.em.fork().findOneOrFail(Demand, demand.id);
    expect(after.status).toBe(DemandStatus.ASSIGNED);
    expect(after.assignedAgentId).toBe(DEMO.persons.agent.id);
    const history = await historyOf(demand.id);
    expect(history.slice(-2).map((h) => [h.action, h.actorId])).toEqual([
      [DemandAction.CONFIRM_PAYMENT, null],
      [DemandAction.ASSIGN, null],
    ]);
  });

  it('a stale version is a CONFLICT and writes nothing', async () => {
    const demand = await submitDemand(orm.em.fork(), await engraving(citizen), citizen, deps);
    await orm.em.fork().transactional((tx) => confirmPayment(tx, demand.id));
    const before = await historyOf(demand.id);
    const current = await orm.em.fork().findOneOrFail(Demand, demand.id);
    const err = await transitionDemand(orm.em.fork(), { demandId: demand.id, action: DemandAction.VERIFY, expectedVersion: current.version - 1 }, agent, [current.centerId!], deps).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('CONFLICT');
    expect(await historyOf(demand.id)).toHaveLength(before.length);
  });

  it('an action the workflow does not allow now is ILLEGAL_TRANSITION, naming what is allowed', async () => {
    const demand = await submitDemand(orm.em.fork(), await engraving(citizen), citizen, deps);
    const err = await transitionDemand(
      orm.em.fork(),
      { demandId: demand.id, action: DemandAction.ORDER_PRINT, expectedVersion: demand.version },
      user(DEMO.persons.manager.id, ['DEMAND_MANAGER']),
      [],
      deps,
    ).catch((e: unknown) => e);
    expect((err as DomainError).code).toBe('ILLEGAL_TRANSITION');
    expect((err as DomainError).message).toContain('allowed now are');
  });

  it('someone else’s vehicle cannot be filed for, and nothing is written', async () => {
    const other = user(DEMO.persons.bank.id, ['CITIZEN']);
    const demandsBefore = await orm.em.fork().count(Demand, {});
    const err = await submitDemand(orm.em.fork(), await engraving(other), other, deps).catch((e: unknown) => e);
    expect((err as DomainError).code).toBe('FORBIDDEN');
    expect(await orm.em.fork().count(Demand, {})).toBe(demandsBefore);
  });
});
