import { describe, expect, it } from 'vitest';
import { DemandDocument, DemandStatusChangedDocument, SubmitDemandDocument, TransitionDemandDocument, VehicleByPlateDocument, VehiclesWithHoldersDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { activeSubscriptions, count, countStatements, graph, until } from '../support/graph';
import { as, signIn } from '../support/sessions';
import { assignedDemand } from '../support/demands';

const citizen = DEMO.persons.citizen;

/** A gray-card duplicate of the demo citizen, paid and assigned (status ASSIGNED). */
const fileDemand = (vehicleN = 1) => assignedDemand('GRAY_CARD_DUPLICATE', DEMO.vehicleId(vehicleN > 2 ? 1 : vehicleN));

describe('the federated graph through the router', () => {
  it('answers one query with data from three subgraphs', async () => {
    const res = await (await as('agent')).request(VehiclesWithHoldersDocument, { first: 5 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.vehicles.edges.map((e) => e.node);
    expect(nodes).toHaveLength(5);
    expect(nodes[0]).toMatchObject({
      vin: expect.stringMatching(/^[A-HJ-NPR-Z0-9]{17}$/), // vehicle
      plate: { number: expect.stringMatching(/^[A-Z0-9]{2} \d{4} RB$/) }, // registration
      holder: { displayName: `${citizen.firstName} ${citizen.lastName}` }, // identity
    });
    expect(res.data!.vehicles.totalCount).toBeGreaterThanOrEqual(DEMO.fleetSize);
  });

  it('finds a vehicle by plate in any spacing and case', async () => {
    const res = await (await as('citizen')).request(VehicleByPlateDocument, { number: ' ab-1001rb ' });
    expect(res.data!.vehicleByPlate).toMatchObject({ id: DEMO.vehicleId(1), plate: { number: 'AB 1001 RB' } });
  });

  it('pages vehicles with cursors and refuses pages over 100', async () => {
    const agent = await as('agent');
    const first = await agent.request(VehiclesWithHoldersDocument, { first: 2 });
    const next = await agent.request(VehiclesWithHoldersDocument, { first: 2, after: first.data!.vehicles.pageInfo.endCursor });
    expect(next.data!.vehicles.edges[0]!.node.id > first.data!.vehicles.edges[1]!.node.id).toBe(true);
    const big = await agent.request(VehiclesWithHoldersDocument, { first: 101 });
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
    const forged = await agent.request(VehiclesWithHoldersDocument, { first: 2, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('pushes a status change to a subscriber within a second, with fields from three subgraphs', async () => {
    const demand = await fileDemand(1);
    const client = (await as('citizen')).with({});
    const sub = client.subscribe(DemandStatusChangedDocument, { demandId: demand.id });
    const registration = graph().subgraphUrls.registration;
    const before = await activeSubscriptions(registration);
    await until(async () => (await activeSubscriptions(registration)) > before, 5_000, 'upstream subscription');

    const res = await (
      await as('agent')
    ).request(TransitionDemandDocument, {
      input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version },
    });
    expect(res.errors).toBeUndefined();
    // Within a second of the mutation's answer (the commit); its own duration depends on the machine's load.
    const t0 = Date.now();
    const event = await sub.next(1_000);
    const latency = Date.now() - t0;
    expect(latency).toBeLessThan(1_000);
    expect(event.errors).toBeUndefined();
    expect(event.data!.demandStatusChanged).toMatchObject({
      status: 'VERIFIED',
      previousStatus: 'ASSIGNED',
      demand: {
        reference: demand.reference,
        version: demand.version + 1,
        vehicle: { vin: expect.stringMatching(/^[A-Z0-9]{17}$/) },
        applicant: { displayName: `${citizen.firstName} ${citizen.lastName}` },
      },
    });

    // Closing the subscription closes the router's upstream subscription too.
    await sub.close();
    await client.close();
    await until(async () => (await activeSubscriptions(registration)) <= before, 5_000, 'upstream subscription to close');
  });

  it('does not deliver events of other demands to a narrowed subscription', async () => {
    const mine = await fileDemand(1);
    const other = await fileDemand(2);
    const client = (await as('citizen')).with({});
    const sub = client.subscribe(DemandStatusChangedDocument, { demandId: mine.id });
    const registration = graph().subgraphUrls.registration;
    const before = await activeSubscriptions(registration);
    await until(async () => (await activeSubscriptions(registration)) > before - 1 && (await activeSubscriptions(registration)) >= 1);
    await new Promise((r) => setTimeout(r, 200));
    const agent = await as('agent');
    await agent.request(TransitionDemandDocument, { input: { demandId: other.id, action: 'VERIFY', expectedVersion: other.version } });
    await agent.request(TransitionDemandDocument, { input: { demandId: mine.id, action: 'REJECT', expectedVersion: mine.version, reason: 'Pièce illisible' } });
    const event = await sub.next(2_000);
    expect(event.data!.demandStatusChanged.demand.id).toBe(mine.id);
    expect(event.data!.demandStatusChanged.status).toBe('REJECTED');
    await sub.close();
    await client.close();
  });
});

describe('bad input changes nothing', () => {
  const historyOf = (id: string) => count('registration', 'select count(*) from demand_event where demand_id = $1', [id]);
  const outboxOf = (id: string) => count('registration', "select count(*) from outbox where payload->>'demandId' = $1", [id]);

  it('a stale expectedVersion is a CONFLICT', async () => {
    const demand = await fileDemand(3);
    await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version } });
    const [h, o] = [await historyOf(demand.id), await outboxOf(demand.id)];
    const res = await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'PRE_VALIDATE', expectedVersion: demand.version } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: demand.version + 1 });
    expect(res.errors![0]!.message).toMatch(/changed since you loaded it/);
    const after = await (await as('agent')).request(DemandDocument, { id: demand.id });
    expect(after.data!.demand).toMatchObject({ status: 'VERIFIED', version: demand.version + 1 });
    expect([await historyOf(demand.id), await outboxOf(demand.id)]).toEqual([h, o]);
  });

  it('an unknown demand is NOT_FOUND', async () => {
    const agent = await as('agent');
    const res = await agent.request(TransitionDemandDocument, {
      input: { demandId: '0190ffff-0000-7000-8000-000000000000', action: 'VERIFY', expectedVersion: 1 },
    });
    expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const bad = await agent.request(TransitionDemandDocument, { input: { demandId: 'not-an-id', action: 'VERIFY', expectedVersion: 1 } });
    expect(bad.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('an illegal transition is ILLEGAL_TRANSITION and says what is allowed', async () => {
    const demand = await fileDemand(4);
    const [h, o] = [await historyOf(demand.id), await outboxOf(demand.id)];
    const res = await (await as('manager')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VALIDATE', expectedVersion: demand.version } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'ASSIGNED', allowedActions: ['ASSIGN', 'VERIFY', 'REJECT', 'SUSPEND'] });
    const after = await (await as('agent')).request(DemandDocument, { id: demand.id });
    expect(after.data!.demand).toMatchObject({ status: 'ASSIGNED', version: demand.version });
    expect([await historyOf(demand.id), await outboxOf(demand.id)]).toEqual([h, o]);
  });

  it('a rejection without a reason is refused', async () => {
    const demand = await fileDemand(5);
    const h = await historyOf(demand.id);
    const res = await (await as('agent')).request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'REJECT', expectedVersion: demand.version, reason: '  ' } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'reason' }] });
    expect(await historyOf(demand.id)).toBe(h);
  });

  it('a demand for an unknown service is refused field by field, and nothing is written', async () => {
    const res = await (
      await as('citizen')
    ).request(SubmitDemandDocument, {
      input: { serviceCode: 'NOPE', vehicleId: 'x' },
    });
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        { path: 'vehicleId', message: 'Not a valid id.' },
        { path: 'serviceCode', message: expect.stringContaining('NOPE') },
      ]),
    });
    expect(await count('registration', "select count(*) from demand where service_code = 'NOPE'")).toBe(0);
  });

  it('50 concurrent transitions with the same version: one wins, 49 CONFLICT, one history entry', async () => {
    const demand = await fileDemand(6);
    const agent = await as('agent');
    const results = await Promise.all(Array.from({ length: 50 }, () => agent.request(TransitionDemandDocument, { input: { demandId: demand.id, action: 'VERIFY', expectedVersion: demand.version } })));
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(await count('registration', "select count(*) from demand_event where demand_id = $1 and action = 'VERIFY'", [demand.id])).toBe(1);
  });
});

describe('batching', () => {
  it('vehicles(first: 100) with plate, holder, brand and model: a fixed handful of statements per subgraph', async () => {
    const agent = await as('agent');
    const counts: Record<number, Record<string, number>> = {};
    for (const n of [1, 10, 100]) {
      const c = await countStatements(
        (headers) => agent.request(VehiclesWithHoldersDocument, { first: n }, headers).then((r) => expect(r.errors).toBeUndefined()),
        ['vehicle', 'registration', 'identity'],
      );
      counts[n] = { vehicle: c.vehicle.statements, registration: c.registration.statements, identity: c.identity.statements };
    }
    // vehicle: page + count + brands + models; registration: plates + holdings; identity: persons + companies.
    expect(counts[100]).toEqual(counts[10]);
    expect(counts[100]!.vehicle).toBeLessThanOrEqual(4);
    expect(counts[100]!.registration).toBeLessThanOrEqual(2);
    expect(counts[100]!.identity).toBeLessThanOrEqual(2);
  });

  it('_entities for 100 vehicles costs one statement per entity type', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => DEMO.vehicleId(i + 1));
    const c = await countStatements(
      async (headers) => {
        const res = await fetch(graph().subgraphUrls.vehicle, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${(await signIn('agent')).accessToken}`, ...headers },
          body: JSON.stringify({
            query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vehicle { id vin brand { name } model { name } } } }',
            variables: { r: ids.map((id) => ({ __typename: 'Vehicle', id })) },
          }),
        });
        const body = (await res.json()) as { data: { _entities: { id: string }[] } };
        expect(body.data._entities.map((e) => e.id)).toEqual(ids);
      },
      ['vehicle'],
    );
    expect(c.vehicle.statements).toBe(3); // vehicles, brands, models
  });
});
