import { describe, expect, it } from 'vitest';
import { SubmitDemandDocument, type SimvebClient } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { count, db } from '../support/graph';
import { advance, load, payAtCounter, registrableVehicle, requiredDocuments, upload } from '../support/demands';
import { as } from '../support/sessions';

const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const field = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.fields as { path: string }[] | undefined)?.[0]?.path;
const REGISTRATION_PATH: [string, 'agent' | 'manager'][] = [
  ['VERIFY', 'agent'],
  ['REQUEST_INTERPOL_CHECK', 'agent'],
  ['CLEAR_INTERPOL_CHECK', 'manager'],
  ['VALIDATE', 'manager'],
];

async function suggest(client: SimvebClient, wanted: string) {
  const res = await client.request<{ suggestNumbers: { requested: string; available: boolean; suggestions: string[] } }, { w: string }>(
    'query($w: String!) { suggestNumbers(wanted: $w, first: 5) { requested available suggestions } }',
    { w: wanted },
  );
  return res;
}

async function submitPrestige(client: SimvebClient, serviceCode: string, extra: { requestedNumber?: string; requestedLabel?: string }) {
  const documentIds = await Promise.all(requiredDocuments(serviceCode).map(async (t) => (await upload(client, t)).body.id!));
  return client.request(SubmitDemandDocument, { input: { serviceCode, vehicleId: await registrableVehicle(), documentIds, ...extra } as never });
}

describe('prestige numbers and labels', () => {
  it('suggested, checked free and reserved on filing; given at validation; released when the demand is rejected', async () => {
    const citizen = await as('citizen');
    // A series nobody else uses in this run: the last letters of the alphabet with a random second one.
    const series = `Z${'ABCDEFGHJKLMNPRSTUVWXY'[Math.floor(Math.random() * 22)]}`;
    const s = await suggest(citizen, `${series} 7`);
    expect(s.errors).toBeUndefined();
    expect(s.data!.suggestNumbers).toMatchObject({ requested: `${series} 0007 RB`, available: true });
    expect(s.data!.suggestNumbers.suggestions[0]).toBe(`${series} 0007 RB`);
    expect(code(await suggest(citizen, `${series} 1234`))).toBe('BAD_USER_INPUT'); // allocated in order, not chosen
    expect(code(await suggest(citizen, 'IO 7'))).toBe('BAD_USER_INPUT');

    const filed = await submitPrestige(citizen, 'IMMATRICULATION_PRESTIGE_NUMBER', { requestedNumber: `${series.toLowerCase()}7` });
    expect(filed.errors).toBeUndefined();
    const again = await suggest(citizen, `${series} 7`);
    expect(again.data!.suggestNumbers.available).toBe(false);
    expect(again.data!.suggestNumbers.suggestions).not.toContain(`${series} 0007 RB`);
    // Someone else asking for it: refused, nothing filed.
    const other = await as('citizen2');
    // Other files file prestige demands meanwhile (their fixtures): count this number's demands only.
    const filedFor = () => count('registration', 'select count(*) from demand d join prestige_reservation r on r.demand_id = d.id where r.compact_number = $1', [`${series}0007RB`]);
    expect(await filedFor()).toBe(1);
    const taken = await submitPrestige(other, 'IMMATRICULATION_PRESTIGE_NUMBER', { requestedNumber: `${series} 0007 RB` });
    expect([code(taken), field(taken)]).toEqual(['BAD_USER_INPUT', 'requestedNumber']);
    expect(await filedFor()).toBe(1);
    // Bad requests say what is wrong.
    expect(field(await submitPrestige(citizen, 'IMMATRICULATION_PRESTIGE_NUMBER', {}))).toBe('requestedNumber');
    expect(field(await submitPrestige(citizen, 'IMMATRICULATION_STANDARD', { requestedNumber: `${series} 8` }))).toBe('requestedNumber');

    // Validation gives the reserved number, not the next in order.
    const d = await payAtCounter(filed.data!.submitDemand.id);
    await advance(d.id, REGISTRATION_PATH);
    const vehicleId = (await db('registration', async (c) => (await c.query('select vehicle_id from demand where id = $1', [d.id])).rows[0].vehicle_id)) as string;
    const mine = await citizen.request(`{ vehicle(id: "${vehicleId}") { plate { number } } }`);
    expect((mine.data as { vehicle: { plate: { number: string } } }).vehicle.plate.number).toBe(`${series} 0007 RB`);

    // A rejected prestige demand gives its number back.
    const n2 = (await suggest(citizen, `${series} 42`)).data!.suggestNumbers.suggestions[0]!;
    const second = await submitPrestige(citizen, 'IMMATRICULATION_PRESTIGE_NUMBER', { requestedNumber: n2 });
    const d2 = await payAtCounter(second.data!.submitDemand.id);
    await advance(d2.id, [['VERIFY', 'agent']]);
    const rej = await (
      await as('agent')
    ).request('mutation($i: TransitionDemandInput!) { transitionDemand(input: $i) { status } }', {
      i: { demandId: d2.id, action: 'REJECT', expectedVersion: (await load(d2.id, await as('manager'))).version, reason: 'Pièces illisibles' },
    });
    expect(rej.errors).toBeUndefined();
    expect((await suggest(citizen, n2)).data!.suggestNumbers.available).toBe(true);
  }, 90_000);

  it('20 citizens filing for the same number at once: one gets it', async () => {
    const citizen = await as('citizen');
    const wanted = (await suggest(citizen, `Y${'ABCDEFGHJKLMNPRSTUVWXZ'[Math.floor(Math.random() * 22)]} 55`)).data!.suggestNumbers.suggestions[0]!;
    const clients = await Promise.all(Array.from({ length: 20 }, (_, i) => as(i % 2 ? 'citizen' : 'citizen2')));
    const docs = await Promise.all(clients.map((c) => Promise.all(requiredDocuments('IMMATRICULATION_PRESTIGE_NUMBER').map(async (t) => (await upload(c, t)).body.id!))));
    const vehicles = await Promise.all(clients.map(() => registrableVehicle()));
    const results = await Promise.all(
      clients.map((c, i) =>
        c.request(SubmitDemandDocument, { input: { serviceCode: 'IMMATRICULATION_PRESTIGE_NUMBER', vehicleId: vehicles[i]!, documentIds: docs[i]!, requestedNumber: wanted } as never }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => code(r) === 'BAD_USER_INPUT' && field(r) === 'requestedNumber')).toBe(true);
    // The winner withdraws: an unpaid prestige demand left to the demo citizens would count against their three for
    // the rest of the run (the fixtures register their vehicles through prestige numbers).
    const winner = results.findIndex((r) => !r.errors);
    const won = (results[winner]!.data as { submitDemand: { id: string } }).submitDemand.id;
    const cancelled = await clients[winner]!.request('mutation($i: TransitionDemandInput!) { transitionDemand(input: $i) { status } }', {
      i: { demandId: won, action: 'CANCEL', expectedVersion: (await load(won, await as('manager'))).version },
    });
    expect(cancelled.errors).toBeUndefined();
  }, 60_000);

  it('a label: checked, reserved, printed on the plate', async () => {
    const citizen = await as('citizen');
    const wanted = `K${Math.random()
      .toString(36)
      .slice(2, 7)
      .toUpperCase()
      .replace(/[^A-Z]/g, 'X')}`;
    const s = await suggest(citizen, wanted);
    expect(s.data!.suggestNumbers).toMatchObject({ requested: wanted, available: true });
    expect(field(await submitPrestige(citizen, 'IMMATRICULATION_PRESTIGE_LABEL', { requestedLabel: 'AB1234' }))).toBe('requestedLabel');
    const filed = await submitPrestige(citizen, 'IMMATRICULATION_PRESTIGE_LABEL', { requestedLabel: wanted.toLowerCase() });
    expect(filed.errors).toBeUndefined();
    expect((await suggest(citizen, wanted)).data!.suggestNumbers.available).toBe(false);
    const d = await payAtCounter(filed.data!.submitDemand.id);
    await advance(d.id, REGISTRATION_PATH);
    const plate = await db('registration', async (c) => (await c.query('select p.compact_number, p.label from plate p join demand d on d.vehicle_id = p.vehicle_id where d.id = $1', [d.id])).rows[0]);
    expect(plate).toEqual({ compact_number: `${wanted}RB`, label: wanted });
  }, 60_000);
});

describe('state, commercial and temporary numbers', () => {
  it('an ANaTT counter gives state and temporary numbers in their own families; citizens cannot ask for them', async () => {
    const agent = await as('agent');
    const citizen = await as('citizen');
    const docs = (c: SimvebClient) => Promise.all(requiredDocuments('IMMATRICULATION_STANDARD').map(async (t) => (await upload(c, t)).body.id!));
    const asked = await citizen.request(SubmitDemandDocument, {
      input: { serviceCode: 'IMMATRICULATION_STANDARD', vehicleId: await registrableVehicle(), documentIds: await docs(citizen), plateFamily: 'STATE' } as never,
    });
    expect(code(asked)).toBe('FORBIDDEN');
    const privateAsked = await citizen.request(SubmitDemandDocument, {
      input: { serviceCode: 'IMMATRICULATION_STANDARD', vehicleId: await registrableVehicle(), documentIds: await docs(citizen), plateFamily: 'PRIVATE' } as never,
    });
    expect(field(privateAsked)).toBe('plateFamily');

    const numbers: Record<string, string> = {};
    for (const family of ['STATE', 'TEMPORARY'] as const) {
      const filed = await agent.request(SubmitDemandDocument, {
        input: {
          serviceCode: 'IMMATRICULATION_STANDARD',
          vehicleId: await registrableVehicle(),
          applicantId: DEMO.companies.transport.id,
          documentIds: await docs(agent),
          plateFamily: family,
        } as never,
      });
      expect(filed.errors).toBeUndefined();
      const d = await payAtCounter(filed.data!.submitDemand.id);
      await advance(d.id, REGISTRATION_PATH);
      numbers[family] = (await db(
        'registration',
        async (c) => (await c.query('select p.compact_number from plate p join demand d on d.vehicle_id = p.vehicle_id where d.id = $1', [d.id])).rows[0].compact_number,
      )) as string;
    }
    expect(numbers.STATE).toMatch(/^EB[A-HJ-NPR-Z]\d{4}RB$/);
    expect(numbers.TEMPORARY).toMatch(/^IP[A-HJ-NPR-Z]\d{4}RB$/);
  }, 90_000);
});
