import { describe, expect, it } from 'vitest';
import { TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { newId } from '@simveb/platform/ids';
import { advance, fileDemand, load, payAtCounter, printed, registeredVehicleOf } from '../support/demands';
import { as } from '../support/sessions';

const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const PRINTER = DEMO.affiliates.printer.id;

async function act(who: Parameters<typeof as>[0], demandId: string, action: string, extra: Record<string, string> = {}) {
  const d = await load(demandId, await as('manager'));
  return (await as(who)).request(TransitionDemandDocument, { input: { demandId, action: action as never, expectedVersion: d.version, ...extra } });
}

/** A plate duplicate of a fresh vehicle, validated and sent to a printer. */
async function orderedPrint(printerId: string = PRINTER) {
  const { vehicleId, plate } = await registeredVehicleOf(DEMO.persons.citizen.id);
  const filed = await fileDemand(await as('citizen'), { serviceCode: 'PLATE_DUPLICATE', vehicleId });
  const d = await payAtCounter(filed.id);
  await advance(d.id, [
    ['VERIFY', 'agent'],
    ['PRE_VALIDATE', 'agent'],
    ['VALIDATE', 'manager'],
  ]);
  const res = await act('manager', d.id, 'ORDER_PRINT', { printerId });
  expect(res.errors).toBeUndefined();
  return { demandId: d.id, vehicleId, plate };
}

const PRINT_ORDER = 'query($id: ID!) { demand(id: $id) { status printOrder { id status kind printerAffiliateId plateNumber holderCode plateSerial rfidTag failedCodeAttempts } } }';
type PO = {
  id: string;
  status: string;
  kind: string;
  printerAffiliateId: string | null;
  plateNumber: string;
  holderCode: string | null;
  plateSerial: string | null;
  rfidTag: string | null;
  failedCodeAttempts: number;
};
async function printOrderAs(who: Parameters<typeof as>[0], demandId: string) {
  const res = await (await as(who)).request<{ demand: { status: string; printOrder: PO | null } | null }, { id: string }>(PRINT_ORDER, { id: demandId });
  return res.data?.demand ?? null;
}

describe('printing: approved printer, holder’s code, ANaTT validation, delivery', () => {
  it('the printer proves the holder was there with their code, declares serial and RFID; ANaTT validates; the plate in use is the one delivered', async () => {
    const { demandId, vehicleId, plate } = await orderedPrint();
    // The holder sees the code; the printer sees the order but not the code.
    const mine = await printOrderAs('citizen', demandId);
    expect(mine!.printOrder).toMatchObject({ status: 'ORDERED', kind: 'PLATE', printerAffiliateId: PRINTER, holderCode: expect.stringMatching(/^\d{6}$/) });
    expect(mine!.printOrder!.plateNumber.replaceAll(' ', '')).toBe(plate);
    const theirs = await printOrderAs('printer', demandId);
    expect(theirs!.printOrder!.holderCode).toBeNull();
    const queue = await (await as('printer')).request<{ printQueue: { id: string }[] }, Record<string, never>>('{ printQueue(first: 200) { id } }', {});
    expect(queue.data!.printQueue.map((o) => o.id)).toContain(mine!.printOrder!.id);

    const good = await printed(demandId);
    const wrong = await act('printer', demandId, 'MARK_PRINTED', { ...good, holderCode: good.holderCode === '000000' ? '111111' : '000000' });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    const badTag = await act('printer', demandId, 'MARK_PRINTED', { ...good, rfidTag: 'not-an-epc' });
    expect(badTag.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'rfidTag' }] });
    const after = await printOrderAs('manager', demandId);
    expect(after).toMatchObject({ status: 'PRINT_ORDERED', printOrder: { status: 'ORDERED', failedCodeAttempts: 1 } });

    expect((await act('printer', demandId, 'MARK_PRINTED', good)).errors).toBeUndefined();
    // Nothing is handed over before ANaTT checked the print; the printer cannot validate its own work.
    expect(code(await act('agent', demandId, 'DELIVER'))).toBe('ILLEGAL_TRANSITION');
    expect(code(await act('printer', demandId, 'VALIDATE_PRINT'))).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await act('manager', demandId, 'VALIDATE_PRINT')).errors).toBeUndefined();
    expect((await act('agent', demandId, 'DELIVER')).errors).toBeUndefined();
    const v = await (
      await as('citizen')
    ).request<{ vehicle: { plate: { serial: string; rfidTag: string } } }, { id: string }>('query($id: ID!) { vehicle(id: $id) { plate { serial rfidTag } } }', { id: vehicleId });
    expect(v.data!.vehicle.plate).toEqual({ serial: good.plateSerial, rfidTag: good.rfidTag });

    // The same physical plate cannot be declared for another order.
    const other = await orderedPrint();
    const reuse = await printed(other.demandId);
    expect(code(await act('printer', other.demandId, 'MARK_PRINTED', { ...reuse, plateSerial: good.plateSerial }))).toBe('CONFLICT');
  }, 90_000);

  it('an order sent to another printer is not this printer’s; five wrong codes lock an order', async () => {
    const elsewhere = await orderedPrint(newId());
    expect(code(await act('printer', elsewhere.demandId, 'MARK_PRINTED', await printed(elsewhere.demandId)))).toBe('FORBIDDEN');

    const { demandId } = await orderedPrint();
    const good = await printed(demandId);
    const bad = good.holderCode === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) expect(code(await act('printer', demandId, 'MARK_PRINTED', { ...good, holderCode: bad }))).toBe('BAD_USER_INPUT');
    const locked = await act('printer', demandId, 'MARK_PRINTED', good);
    expect(code(locked)).toBe('CONFLICT');
    expect(locked.errors![0]!.message).toMatch(/Too many wrong holder codes/);
  }, 90_000);

  it('holder-code brute force in parallel: 20 guesses at once compare at most five codes, then the order is locked', async () => {
    const { demandId } = await orderedPrint();
    const good = await printed(demandId);
    const d = await load(demandId, await as('manager'));
    const printer = await as('printer');
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(good.holderCode) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(
      guesses.map((holderCode) => printer.request(TransitionDemandDocument, { input: { demandId, action: 'MARK_PRINTED', expectedVersion: d.version, ...good, holderCode } })),
    );
    const codes = answers.map(code);
    expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(5);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(15);
    expect((await printOrderAs('manager', demandId))!.printOrder!.failedCodeAttempts).toBe(5);
    expect(code(await act('printer', demandId, 'MARK_PRINTED', good))).toBe('CONFLICT');
  }, 90_000);
});
