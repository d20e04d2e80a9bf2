import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimvebClient, TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { newId } from '@simveb/platform/ids';
import { startRouterProcess, startSubgraph } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { db, graph } from '../support/graph';
import { as, signIn } from '../support/sessions';

const LITTORAL = '0190a003-0000-7000-8000-000000000008';
const N = 1000;

/** Registrable vehicles (local, so no customs) and their registration demands waiting for validation. */
async function fixtures(n: number): Promise<{ demandId: string; vehicleId: string }[]> {
  const rows = Array.from({ length: n }, () => ({ demandId: newId(), vehicleId: newId() }));
  const tag = Date.now().toString(36).toUpperCase().replace(/[IOQ]/g, 'X').slice(-5);
  await db('vehicle', async (c) => {
    const m = (await c.query("select id, brand_id from vehicle_model where category = 'PRIVATE_CAR' limit 1")).rows[0];
    for (let i = 0; i < n; i += 250) {
      const chunk = rows.slice(i, i + 250);
      const values = chunk.map((_, j) => `($${j * 2 + 1}, $${j * 2 + 2}, '${m.brand_id}', '${m.id}', 'PRIVATE_CAR', 'LOCAL')`).join(',');
      await c.query(
        `insert into vehicle (id, vin, brand_id, model_id, category, origin) values ${values}`,
        chunk.flatMap((r, j) => [r.vehicleId, `VF1${tag}${String(i + j).padStart(9, '0')}`]),
      );
    }
  });
  await db('registration', async (c) => {
    for (let i = 0; i < n; i += 250) {
      const chunk = rows.slice(i, i + 250);
      const values = chunk
        .map((_, j) => `($${j * 3 + 1}, $${j * 3 + 2}, 'IMMATRICULATION_STANDARD', 'PRE_VALIDATED', '${DEMO.persons.citizen.id}', $${j * 3 + 3}, '${LITTORAL}', 1, now(), now(), now())`)
        .join(',');
      await c.query(
        `insert into demand (id, reference, service_code, status, applicant_id, vehicle_id, center_id, version, created_at, updated_at, status_since) values ${values}`,
        chunk.flatMap((r, j) => [r.demandId, `REG-${tag}-${i + j}`, r.vehicleId]),
      );
    }
  });
  return rows;
}

// Replicas racing for numbers is a property of a real PostgreSQL deployment: the embedded database serves one
// transaction at a time, so two registration processes on it only queue (the suite on PGlite skips this file).
describe.skipIf(!graph().realPostgres)('numbers are allocated at validation, once each', () => {
  let registrationB: { child: Child; url: string };
  let routerB: { child: Child; url: string };

  beforeAll(async () => {
    registrationB = await startSubgraph('registration', graph().env, await freePort(), false, 'registration-b2');
    routerB = await startRouterProcess(graph().env, await freePort(), { ...graph().subgraphUrls, registration: registrationB.url }, false, 'router-b2');
  }, 120_000);

  afterAll(async () => {
    if (routerB) await stopChild(routerB.child);
    if (registrationB) await stopChild(registrationB.child);
  });

  it('1,000 concurrent validations on two registration processes: 1,000 distinct numbers, none reserved, across 9999 and AZ -> BA', async () => {
    const demands = await fixtures(N);
    // Start just before the end of series AZ, and keep 0100-0199 of every series in reserve.
    await db('registration', async (c) => {
      await c.query("insert into number_series (family, series, number) values ('PRIVATE', 22, 9990) on conflict (family) do update set series = 22, number = 9990");
      await c.query("insert into reserved_number (id, family, from_number, to_number, reason) values ($1, 'PRIVATE', 100, 199, 'test reserve')", [newId()]);
    });
    const token = (await signIn('manager')).accessToken;
    const routers = [new SimvebClient(graph().routerUrl, { authorization: `Bearer ${token}` }), new SimvebClient(routerB.url, { authorization: `Bearer ${token}` })];
    const results = [];
    for (let wave = 0; wave < N; wave += 100) {
      results.push(
        ...(await Promise.all(
          demands.slice(wave, wave + 100).map((d, i) => routers[i % 2]!.request(TransitionDemandDocument, { input: { demandId: d.demandId, action: 'VALIDATE', expectedVersion: 1 } })),
        )),
      );
    }
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const numbers = await db('registration', async (c) =>
      (await c.query('select compact_number from plate where vehicle_id = any($1::uuid[])', [demands.map((d) => d.vehicleId)])).rows.map((r) => r.compact_number as string),
    );
    expect(numbers).toHaveLength(N);
    expect(new Set(numbers).size).toBe(N);
    expect(numbers).toContain('AZ9999RB');
    expect(numbers.filter((n) => n.startsWith('AZ'))).toHaveLength(9);
    expect(numbers.filter((n) => /^..01\d\dRB$/.test(n))).toEqual([]); // 0100-0199 reserved
    expect(numbers.filter((n) => n.startsWith('CD'))).toEqual([]); // diplomatic series
    expect(numbers.every((n) => /^[A-HJ-NPR-Z]{2}\d{4}RB$/.test(n) && !n.includes('0000'))).toBe(true);
    const holders = await db('registration', async (c) =>
      Number((await c.query('select count(*) from holding where vehicle_id = any($1::uuid[]) and ended_at is null', [demands.map((d) => d.vehicleId)])).rows[0].count),
    );
    expect(holders).toBe(N);
  }, 240_000);

  it('the holder sees the new number on their vehicle', async () => {
    const [d] = await fixtures(1);
    const res = await (await as('manager')).request(TransitionDemandDocument, { input: { demandId: d!.demandId, action: 'VALIDATE', expectedVersion: 1 } });
    expect(res.errors).toBeUndefined();
    const mine = await (await as('citizen')).request(`{ vehicle(id: "${d!.vehicleId}") { plate { number } holder { displayName } registration { number } } }`);
    const v = (mine.data as { vehicle: { plate: { number: string }; holder: { displayName: string }; registration: { number: string } } }).vehicle;
    expect(v.plate.number).toMatch(/^[A-Z]{2} \d{4} RB$/);
    expect(v.registration.number).toBe(v.plate.number);
    expect(v.holder.displayName).toBe('Adjoa HOUNKPATIN');
    const found = await (await as('citizen')).request(`{ vehicleByPlate(number: "${v.plate.number.toLowerCase().replaceAll(' ', '')}") { id } }`);
    expect((found.data as { vehicleByPlate: { id: string } }).vehicleByPlate.id).toBe(d!.vehicleId);
  });
});
