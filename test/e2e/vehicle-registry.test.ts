import { describe, expect, it } from 'vitest';
import { DecodeVinDocument, RegisterImportedVehicleDocument, TransformVehicleDocument, VehiclesByPlatesDocument } from '@simveb/clients/sdk';
import { newId } from '@simveb/platform/ids';
import { count, countStatements, db, until } from '../support/graph';
import { outsideServiceOfItsOwn } from '../support/outside-service';
import { as } from '../support/sessions';

const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
let seq = 0;
const reference = (suffix = '1') => `C-2026-${String(Date.now() % 1e7).padStart(7, '0')}${seq++ % 10}${suffix}`;

describe('imported vehicles come from customs', () => {
  it('registers what the customs declaration says, with its clearance', async () => {
    const agent = await as('agent');
    const ref = reference('1');
    const res = await agent.request(RegisterImportedVehicleDocument, { input: { customsReference: ref } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerImportedVehicle).toMatchObject({
      vin: expect.stringMatching(/^[A-HJ-NPR-Z0-9]{17}$/),
      origin: 'IMPORTED',
      registrable: true,
      customsClearance: { reference: ref, dutiesPaid: true, office: 'Cotonou Port' },
    });
    // The same declaration cannot register a second vehicle.
    const again = await agent.request(RegisterImportedVehicleDocument, { input: { customsReference: ref } });
    expect(code(again)).toBe('CONFLICT');
  });

  it('duties unpaid: the vehicle is in the register but not registrable', async () => {
    const res = await (await as('agent')).request(RegisterImportedVehicleDocument, { input: { customsReference: reference('9') } });
    expect(res.data!.registerImportedVehicle).toMatchObject({ registrable: false, customsClearance: { dutiesPaid: false } });
  });

  it('an unknown declaration or a malformed reference is refused, and nothing is written', async () => {
    const unknown = await (await as('agent')).request(RegisterImportedVehicleDocument, { input: { customsReference: 'X-2026-000001' } });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'customsReference' }] });
    const malformed = await (await as('agent')).request(RegisterImportedVehicleDocument, { input: { customsReference: 'hello' } });
    expect(code(malformed)).toBe('BAD_USER_INPUT');
    expect(await count('vehicle', "select count(*) from vehicle where customs_reference in ('X-2026-000001', 'hello')")).toBe(0);
  });

  it('a VIN already in the register is a CONFLICT', async () => {
    const agent = await as('agent');
    const first = await agent.request(RegisterImportedVehicleDocument, { input: { customsReference: reference('1') } });
    const vin = first.data!.registerImportedVehicle.vin;
    const model = await db('vehicle', async (c) => (await c.query('select id from vehicle_model limit 1')).rows[0].id as string);
    const dup = await agent.request('mutation($i: RegisterLocalVehicleInput!) { registerLocalVehicle(input: $i) { id } }', { i: { vin, modelId: model, year: 2024, energy: 'PETROL' } });
    expect(code(dup)).toBe('CONFLICT');
    expect(await count('vehicle', 'select count(*) from vehicle where vin = $1', [vin])).toBe(1);
  });

  it('citizens cannot register vehicles', async () => {
    const res = await (await as('citizen')).request(RegisterImportedVehicleDocument, { input: { customsReference: reference('1') } });
    expect(code(res)).toBe('FORBIDDEN');
  });

  describe('when customs is down', () => {
    it('UPSTREAM_UNAVAILABLE and nothing written; works again once customs answers', async () => {
      // A customs service of this test's own: the files running beside it keep reading the suite's.
      const customs = await outsideServiceOfItsOwn('vehicle', 'customs');
      try {
        const agent = await as('agent', customs.routerUrl);
        const ref = reference('1');
        await customs.down();
        const res = await agent.request(RegisterImportedVehicleDocument, { input: { customsReference: ref } });
        expect(code(res)).toBe('UPSTREAM_UNAVAILABLE');
        expect(res.errors![0]!.message).toMatch(/Customs/);
        // Other test files add vehicles meanwhile: look for this declaration's traces only.
        expect(await count('vehicle', 'select count(*) from vehicle where customs_reference = $1', [ref])).toBe(0);
        expect(await count('vehicle', 'select count(*) from customs_clearance where reference = $1', [ref])).toBe(0);
        await customs.up();
        await until(async () => !(await agent.request(RegisterImportedVehicleDocument, { input: { customsReference: ref } })).errors, 10_000, 'registration to work again');
      } finally {
        await customs.close();
      }
    }, 90_000);
  });
});

describe('VINs and technical history', () => {
  it('a local vehicle with a wrong check digit is refused with a message naming it', async () => {
    const model = await db('vehicle', async (c) => (await c.query('select id from vehicle_model limit 1')).rows[0].id as string);
    const res = await (
      await as('agent')
    ).request('mutation($i: RegisterLocalVehicleInput!) { registerLocalVehicle(input: $i) { id } }', { i: { vin: '1M8GDM9AXKP042789', modelId: model, year: 2024, energy: 'PETROL' } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'vin', message: expect.stringMatching(/check digit/) }] });
  });

  it('decodeVin tells region, manufacturer, model year and check digit', async () => {
    const res = await (await as('citizen')).request(DecodeVinDocument, { vin: '1m8gdm9axkp042788' });
    expect(res.data!.decodeVin).toMatchObject({ vin: '1M8GDM9AXKP042788', valid: true, region: 'North America', modelYear: 2019, checkDigitValid: true });
  });

  it('a transformation is kept with its reason; only staff record one', async () => {
    const agent = await as('agent');
    const v = await agent.request(RegisterImportedVehicleDocument, { input: { customsReference: reference('1') } });
    expect(v.errors).toBeUndefined();
    const id = v.data!.registerImportedVehicle.id;
    const res = await agent.request(TransformVehicleDocument, { input: { vehicleId: id, color: 'Rouge bordeaux', seats: 7, reason: 'Aménagement en 7 places' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.transformVehicle.technicalHistory).toEqual([
      expect.objectContaining({ field: 'color', toValue: 'Rouge bordeaux', reason: 'Aménagement en 7 places' }),
      expect.objectContaining({ field: 'seats', toValue: '7' }),
    ]);
    const nothing = await agent.request(TransformVehicleDocument, { input: { vehicleId: id, color: 'Rouge bordeaux', reason: 'rien' } });
    expect(code(nothing)).toBe('BAD_USER_INPUT');
    const citizen = await (await as('citizen')).request(TransformVehicleDocument, { input: { vehicleId: id, color: 'Bleu', reason: 'je veux' } });
    expect(code(citizen)).toBe('FORBIDDEN');
  });

  it('the catalogue is managed by admins, audited', async () => {
    const name = `Marque test ${Date.now()}`;
    const res = await (await as('admin')).request(`mutation { createBrand(name: "${name}") { id name } }`);
    expect(res.errors).toBeUndefined();
    const id = (res.data as { createBrand: { id: string } }).createBrand.id;
    expect(await count('vehicle', "select count(*) from audit_entry where action = 'catalogue.brand' and subject = $1", [id])).toBe(1);
    expect(code(await (await as('admin')).request(`mutation { createBrand(name: "${name}") { id } }`))).toBe('CONFLICT');
  });
});

describe('entity resolution is batched', () => {
  /** 500 vehicles with plates, written straight into both databases as fixtures. */
  async function fixtureFleet(n: number): Promise<string[]> {
    const tag = Date.now().toString(36).toUpperCase().replace(/[IOQ]/g, 'Z').slice(-4).padStart(4, 'Z');
    const rows = await db('vehicle', async (c) => {
      const m = (await c.query('select id, brand_id, category from vehicle_model limit 1')).rows[0];
      const out: { id: string; plate: string }[] = [];
      for (let i = 0; i < n; i++) {
        const id = newId();
        const vin = `VF3${tag}${String(i).padStart(10, '0')}`.slice(0, 17);
        await c.query('insert into vehicle (id, vin, brand_id, model_id, category, origin) values ($1, $2, $3, $4, $5, $6)', [id, vin, m.brand_id, m.id, m.category, 'LOCAL']);
        out.push({ id, plate: `T${tag.slice(0, 1)}${String(i).padStart(4, '0')}RB` });
      }
      return out;
    });
    await db('registration', async (c) => {
      for (const r of rows) await c.query('insert into plate (id, compact_number, vehicle_id, status) values ($1, $2, $3, $4)', [newId(), r.plate, r.id, 'ACTIVE']);
    });
    return rows.map((r) => r.plate);
  }

  it('vehiclesByPlates for 1, 10 and 500 vehicles with brand and model: the same 3 statements in the vehicle subgraph', async () => {
    const plates = await fixtureFleet(500);
    const agent = await as('agent');
    const statements: Record<number, number> = {};
    for (const n of [1, 10, 500]) {
      const c = await countStatements(
        async (headers) => {
          const res = await agent.request(VehiclesByPlatesDocument, { numbers: plates.slice(0, n) }, headers);
          expect(res.errors).toBeUndefined();
          expect(res.data!.vehiclesByPlates.filter(Boolean)).toHaveLength(n);
          expect(res.data!.vehiclesByPlates[0]).toMatchObject({ brand: { name: expect.any(String) }, model: { name: expect.any(String) } });
        },
        ['vehicle', 'registration'],
      );
      statements[n] = c.vehicle.statements;
      expect(c.registration.statements).toBe(1); // plates by number
    }
    expect(statements).toEqual({ 1: 3, 10: 3, 500: 3 }); // vehicles, brands, models
  }, 60_000);
});
