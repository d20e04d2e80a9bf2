import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SimvebClient, SubmitDemandDocument } from '@simveb/clients/sdk';
import { graph } from '../support/graph';
import { DEMO } from '@simveb/platform/demo';
import {
  advance,
  confirmSale,
  fileDemand,
  holderConsent,
  JUSTICE_PATH,
  load,
  opposed,
  payAtCounter,
  PLEDGE_PATH,
  PRINTED_PATH,
  registeredVehicleOf,
  requiredDocuments,
  saleConfirmationToken,
  SIMPLE_PATH,
  upload,
} from '../support/demands';
import { as, signIn } from '../support/sessions';

const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const seller = DEMO.persons.citizen;
const buyer = DEMO.persons.citizen2;

async function paidAndClosed(filedId: string, path = SIMPLE_PATH) {
  const d = await load(filedId, await as('manager'));
  await advance(d.status === 'AWAITING_PAYMENT' ? (await payAtCounter(filedId)).id : filedId, path);
}

const VERIFY = 'query($c: String!) { verifyDocument(code: $c) { valid status number plateNumber vehicle { vin } } }';

async function cardOf(vehicleId: string, who: 'citizen' | 'citizen2') {
  const res = await (await as(who)).request(`{ vehicle(id: "${vehicleId}") { grayCard { number verificationCode pdfPath status } } }`);
  const card = (res.data as { vehicle: { grayCard: { number: string; verificationCode: string; pdfPath: string; status: string } | null } }).vehicle.grayCard;
  expect(card, `gray card for ${who}`).not.toBeNull();
  return card!;
}

async function holderOf(vehicleId: string, who: 'citizen' | 'citizen2' | 'manager' = 'manager') {
  const res = await (await as(who)).request(`{ vehicle(id: "${vehicleId}") { holder { id displayName } holdingHistory { holder { id } startedAt endedAt } encumbrances { kind } } }`);
  return (res.data as { vehicle: { holder: { id: string } | null; holdingHistory: { holder: { id: string }; endedAt: string | null }[]; encumbrances: { kind: string }[] } }).vehicle;
}

describe('mutation: the holder changes', () => {
  it('two sales of one car: once the vehicle changes hands, the other sale in progress is cancelled, with its history and event', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    const first = await fileDemand(await as('citizen'), { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id });
    await confirmSale(first.id);
    await paidAndClosed(first.id);
    // The seller declares the same car sold again (a second buyer's file, still open) before the first buyer's mutation.
    const second = await fileDemand(await as('citizen'), { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id });
    const mutation = await fileDemand(await as('citizen2'), { serviceCode: 'MUTATION', vehicleId });
    await paidAndClosed(mutation.id, PRINTED_PATH);
    const after = await load(second.id, await as('manager'));
    expect(after.status).toBe('CANCELLED');
    expect(after.history.at(-1)).toMatchObject({ action: 'CANCEL', toStatus: 'CANCELLED', reason: expect.stringMatching(/changé de titulaire/) });
    expect((await holderOf(vehicleId)).holder!.id).toBe(buyer.id);
  }, 120_000);

  it('a sale declaration, then the buyer’s mutation: the new holder is in the register, the old one in the history', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    // Without a sale declaration, no mutation.
    const early = await (await as('citizen2')).request(SubmitDemandDocument, { input: { serviceCode: 'MUTATION', vehicleId, draft: true } });
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'vehicleId', message: expect.stringMatching(/sale declaration/) }] });

    // A duplicate first gives the seller a gray card of this register.
    const dup = await fileDemand(await as('citizen'), { serviceCode: 'GRAY_CARD_DUPLICATE', vehicleId });
    await paidAndClosed(dup.id, PRINTED_PATH);
    const oldCard = await cardOf(vehicleId, 'citizen');

    const sale = await fileDemand(await as('citizen'), { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id });
    await confirmSale(sale.id);
    await paidAndClosed(sale.id);
    const mutation = await fileDemand(await as('citizen2'), { serviceCode: 'MUTATION', vehicleId });
    await paidAndClosed(mutation.id, PRINTED_PATH);
    const newCard = await cardOf(vehicleId, 'citizen2');
    expect(newCard.number).not.toBe(oldCard.number);

    // Anyone can check a card from its QR code: the old one is superseded, the new one valid; a forged code is refused.
    const anon = new SimvebClient(graph().routerUrl);
    const verify = async (c: string) =>
      ((await anon.request(VERIFY, { c })).data as { verifyDocument: { valid: boolean; status: string; number: string; plateNumber: string; vehicle: { vin: string } | null } }).verifyDocument;
    expect(await verify(oldCard.verificationCode)).toMatchObject({ valid: false, status: 'SUPERSEDED', number: oldCard.number });
    expect(await verify(newCard.verificationCode)).toMatchObject({ valid: true, status: 'VALID', number: newCard.number, vehicle: { vin: expect.any(String) } });
    const forged = newCard.verificationCode.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    expect(await verify(forged)).toMatchObject({ valid: false, status: 'INVALID', number: null });
    expect(await verify(newCard.verificationCode.replace(/GC\.[0-9a-f]{8}/, 'GC.00000000'))).toMatchObject({ status: 'INVALID' });

    // The PDF: the holder gets it, the previous holder does not.
    const pdf = await fetch(new URL(newCard.pdfPath, graph().routerUrl), { headers: { authorization: `Bearer ${(await signIn('citizen2')).accessToken}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.SAVE_GRAY_CARD) writeFileSync(process.env.SAVE_GRAY_CARD, bytes);
    const refused = await fetch(new URL(newCard.pdfPath, graph().routerUrl), { headers: { authorization: `Bearer ${(await signIn('citizen')).accessToken}` } });
    expect(refused.status).toBe(404);

    const after = await holderOf(vehicleId);
    expect(after.holder!.id).toBe(buyer.id);
    expect(after.holdingHistory.map((h) => [h.holder.id, h.endedAt === null])).toEqual([
      [seller.id, false],
      [buyer.id, true],
    ]);
    // The seller no longer sees who holds it; the buyer does.
    expect((await holderOf(vehicleId, 'citizen')).holder).toBeNull();
    expect((await holderOf(vehicleId, 'citizen2')).holder!.id).toBe(buyer.id);
    // The same sale declaration cannot serve twice.
    const again = await (await as('citizen')).request(SubmitDemandDocument, { input: { serviceCode: 'MUTATION', vehicleId, draft: true } });
    expect(code(again)).toBe('BAD_USER_INPUT');
  }, 60_000);
});

describe('oppositions and pledges', () => {
  it('under an active opposition a mutation (its sale declaration) and a duplicate are refused with ENCUMBERED; after the lift they go through', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    // Only a court clerk files an opposition, and only the judge decides it.
    const byAgent = await (await as('agent')).request(SubmitDemandDocument, { input: { serviceCode: 'OPPOSITION', vehicleId, applicantId: seller.id, draft: true } });
    expect(code(byAgent)).toBe('FORBIDDEN');
    const opposition = await fileDemand(await as('clerk'), { serviceCode: 'OPPOSITION', vehicleId });
    await advance(opposition.id, [
      ['VERIFY', 'clerk'],
      ['PRE_VALIDATE', 'clerk'],
    ]);
    await expect(advance(opposition.id, [['VALIDATE', 'manager']])).rejects.toThrow(/FORBIDDEN/);
    await advance(opposition.id, [
      ['VALIDATE', 'judge'],
      ['CLOSE', 'judge'],
    ]);
    expect((await holderOf(vehicleId)).encumbrances).toEqual([{ kind: 'OPPOSITION' }]);

    const citizen = await as('citizen');
    const docs = async (service: string) => Promise.all(requiredDocuments(service).map(async (t) => (await upload(citizen, t)).body.id!));
    const duplicate = await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'GRAY_CARD_DUPLICATE', vehicleId, documentIds: await docs('GRAY_CARD_DUPLICATE') } });
    expect(code(duplicate)).toBe('ENCUMBERED');
    expect(duplicate.errors![0]!.message).toMatch(/opposition/);
    const sale = await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id, documentIds: await docs('SALE_DECLARATION') } });
    expect(code(sale)).toBe('ENCUMBERED');

    await opposed(vehicleId, 'OPPOSITION_LIFT');
    expect((await holderOf(vehicleId)).encumbrances).toEqual([]);
    const ok = await fileDemand(citizen, { serviceCode: 'GRAY_CARD_DUPLICATE', vehicleId });
    expect(ok.status).toBe('AWAITING_PAYMENT');
  }, 60_000);

  it('a buyer’s mutation on a closed sale declaration is refused with ENCUMBERED while an opposition is active, and goes through after its lift', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    const sale = await fileDemand(await as('citizen'), { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id });
    await confirmSale(sale.id);
    await paidAndClosed(sale.id);
    await opposed(vehicleId);
    const buyerClient = await as('citizen2');
    const docs = await Promise.all(requiredDocuments('MUTATION').map(async (t) => (await upload(buyerClient, t)).body.id!));
    const refused = await buyerClient.request(SubmitDemandDocument, { input: { serviceCode: 'MUTATION', vehicleId, documentIds: docs } });
    expect(code(refused)).toBe('ENCUMBERED');
    await opposed(vehicleId, 'OPPOSITION_LIFT');
    const mutation = await fileDemand(buyerClient, { serviceCode: 'MUTATION', vehicleId });
    await paidAndClosed(mutation.id, PRINTED_PATH);
    expect((await holderOf(vehicleId)).holder!.id).toBe(buyer.id);
  }, 90_000);

  it('an opposition recorded after a duplicate was filed stops it at validation', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    const dup = await fileDemand(await as('citizen'), { serviceCode: 'GRAY_CARD_DUPLICATE', vehicleId });
    const d = await payAtCounter(dup.id);
    await advance(d.id, [
      ['VERIFY', 'agent'],
      ['PRE_VALIDATE', 'agent'],
    ]);
    await opposed(vehicleId);
    await expect(advance(d.id, [['VALIDATE', 'manager']])).rejects.toThrow(/ENCUMBERED/);
    expect((await load(d.id, await as('manager'))).status).toBe('PRE_VALIDATED');
  }, 60_000);

  it('a pledge: filed by the bank with the holder’s consent, checked by the court clerk, validated by ANaTT; it blocks a sale and only its lender lifts it', async () => {
    // Held by the first demo citizen: the browser tests ask the second for consent, and read the newest code sent to
    // that phone as theirs.
    const { vehicleId } = await registeredVehicleOf(seller.id);
    const citizen = await as('citizen');
    // The holder cannot pledge their own vehicle; the bank needs their consent.
    expect(code(await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'PLEDGE', vehicleId, draft: true } }))).toBe('FORBIDDEN');
    expect(code(await (await as('bank')).request(SubmitDemandDocument, { input: { serviceCode: 'PLEDGE', vehicleId, applicantId: seller.id, draft: true } }))).toBe('FORBIDDEN');
    const filed = await fileDemand(await as('bank'), { serviceCode: 'PLEDGE', vehicleId, applicantId: seller.id, consentToken: await holderConsent('citizen', { serviceCode: 'PLEDGE', vehicleId }) });
    const d = await payAtCounter(filed.id);
    // ANaTT's agent does not check a pledge: the court clerk does.
    await expect(advance(d.id, [['VERIFY', 'agent']])).rejects.toThrow(/FORBIDDEN/);
    await advance(d.id, PLEDGE_PATH);
    const pledges = await (await as('manager')).request(`{ vehicle(id: "${vehicleId}") { encumbrances { kind lenderAffiliateId } } }`);
    expect((pledges.data as { vehicle: { encumbrances: unknown[] } }).vehicle.encumbrances).toEqual([{ kind: 'PLEDGE', lenderAffiliateId: DEMO.affiliates.bank.id }]);
    const sale = await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id, draft: true } });
    expect(code(sale)).toBe('ENCUMBERED');
    // The holder cannot lift it; the lender can, without asking.
    expect(code(await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'PLEDGE_LIFT', vehicleId, draft: true } }))).toBe('FORBIDDEN');
    const lift = await fileDemand(await as('bank'), { serviceCode: 'PLEDGE_LIFT', vehicleId });
    await paidAndClosed(lift.id);
    const now = await citizen.request(SubmitDemandDocument, { input: { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id, draft: true } });
    expect(now.errors).toBeUndefined();
  }, 120_000);
});

describe('oppositions from one court decision', () => {
  it('a court clerk files oppositions on several vehicles at once, all or none; each is decided by the judge', async () => {
    const vehicles = await Promise.all([1, 2, 3].map(() => registeredVehicleOf(seller.id)));
    const clerk = await as('clerk');
    const order = (await upload(clerk, 'COURT_ORDER')).body.id!;
    const file = (vehicleIds: string[], documentIds = [order]) =>
      clerk.request<{ fileOppositions: { id: string; status: string }[] }, { v: string[]; d: string[] }>(
        'mutation($v: [ID!]!, $d: [ID!]!) { fileOppositions(vehicleIds: $v, documentIds: $d) { id status } }',
        { v: vehicleIds, d: documentIds },
      );
    // One vehicle of the list is not registered: nothing is filed.
    const refused = await file([vehicles[0]!.vehicleId, '0190ffff-0000-7000-8000-0000000000ab']);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'vehicleIds.1' }] });
    expect((await holderOf(vehicles[0]!.vehicleId)).encumbrances).toEqual([]);
    const agentTry = await (await as('agent')).request('mutation($v: [ID!]!) { fileOppositions(vehicleIds: $v, documentIds: []) { id } }', { v: [vehicles[0]!.vehicleId] });
    expect(code(agentTry)).toBe('FORBIDDEN');

    const ok = await file(vehicles.map((v) => v.vehicleId));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.fileOppositions.map((d) => d.status)).toEqual(['ASSIGNED', 'ASSIGNED', 'ASSIGNED']);
    for (const d of ok.data!.fileOppositions) await advance(d.id, JUSTICE_PATH);
    for (const v of vehicles) expect((await holderOf(v.vehicleId)).encumbrances).toEqual([{ kind: 'OPPOSITION' }]);
  }, 60_000);
});

describe('re-registration and title deposit', () => {
  it('a re-registration gives a new number and withdraws the old plate', async () => {
    const { vehicleId, plate } = await registeredVehicleOf(seller.id);
    const re = await fileDemand(await as('citizen'), { serviceCode: 'RE_IMMATRICULATION', vehicleId });
    await paidAndClosed(re.id, PRINTED_PATH);
    const v = (
      (await (await as('citizen')).request(`{ vehicle(id: "${vehicleId}") { plate { number } grayCard { plateNumber } } }`)).data as {
        vehicle: { plate: { number: string }; grayCard: { plateNumber: string } };
      }
    ).vehicle;
    expect(v.plate.number.replaceAll(' ', '')).not.toBe(plate);
    expect(v.grayCard.plateNumber).toBe(v.plate.number);
    const old = await (await as('citizen')).request(`{ vehicleByPlate(number: "${plate}") { id } }`);
    expect((old.data as { vehicleByPlate: unknown }).vehicleByPlate).toBeNull();
  }, 60_000);

  it('a deposited title refuses other demands until it is recovered', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    const dep = await fileDemand(await as('citizen'), { serviceCode: 'TITLE_DEPOSIT', vehicleId });
    await paidAndClosed(dep.id);
    expect((await holderOf(vehicleId)).encumbrances).toEqual([{ kind: 'TITLE_DEPOSIT' }]);
    const refused = await (await as('citizen')).request(SubmitDemandDocument, { input: { serviceCode: 'GLASS_ENGRAVING', vehicleId, draft: true } });
    expect(code(refused)).toBe('ENCUMBERED');
    const rec = await fileDemand(await as('citizen'), { serviceCode: 'TITLE_RECOVERY', vehicleId });
    await paidAndClosed(rec.id);
    const ok = await (await as('citizen')).request(SubmitDemandDocument, { input: { serviceCode: 'GLASS_ENGRAVING', vehicleId, draft: true } });
    expect(ok.errors).toBeUndefined();
  }, 60_000);
});

describe('the register’s hot paths are batched', () => {
  it('vehicles(first: n) { plate holder encumbrances } and person { vehicles(first: n) }: constant statements in registration', async () => {
    const { countStatements } = await import('../support/graph');
    const agent = await as('agent');
    const counts: Record<number, [number, number]> = {};
    for (const n of [1, 10, 100]) {
      const list = await countStatements(
        async (headers) => {
          const r = await agent.request(`{ vehicles(first: ${n}) { edges { node { plate { number } holder { displayName } encumbrances { kind } } } } }`, undefined, headers);
          expect(r.errors).toBeUndefined();
        },
        ['registration'],
      );
      const person = await countStatements(
        async (headers) => {
          const r = await agent.request(
            `{ company(id: "${DEMO.companies.transport.id}") { vehicles(first: ${n}) { totalCount edges { node { vin plate { number } encumbrances { kind } } } } } }`,
            undefined,
            headers,
          );
          expect(r.errors).toBeUndefined();
        },
        ['registration'],
      );
      counts[n] = [list.registration.statements, person.registration.statements];
    }
    expect(counts[100]).toEqual(counts[1]);
    expect(counts[100]).toEqual(counts[10]);
    expect(counts[100]![0]).toBeLessThanOrEqual(3); // plates, holdings, encumbrances
    expect(counts[100]![1]).toBeLessThanOrEqual(4); // page of holdings, count, plates, encumbrances
  });
});

describe('a sale is confirmed by both parties with one-time codes', () => {
  it('ANaTT cannot validate it before seller and buyer confirmed; a confirmation serves only its own sale and party', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    const sale = await fileDemand(await as('citizen'), { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id });
    const d = await payAtCounter(sale.id);
    await advance(d.id, [
      ['VERIFY', 'agent'],
      ['PRE_VALIDATE', 'agent'],
    ]);
    await expect(advance(d.id, [['VALIDATE', 'manager']])).rejects.toThrow(/before the seller and the buyer confirmed.*ILLEGAL_TRANSITION/);
    const confirm = (who: 'citizen' | 'citizen2', demandId: string, t: string) =>
      as(who).then((c) => c.request('mutation($d: ID!, $t: String!) { confirmSaleDeclaration(demandId: $d, confirmationToken: $t) { sellerConfirmedAt buyerConfirmedAt } }', { d: demandId, t }));
    // A forged token, or a stranger, changes nothing.
    expect(code(await confirm('citizen', d.id, 'eyJhbGciOiJFUzI1NiJ9.e30.AAAA'))).toBe('BAD_USER_INPUT');
    await confirmSale(d.id, ['citizen']);
    await expect(advance(d.id, [['VALIDATE', 'manager']])).rejects.toThrow(/before the buyer confirmed.*ILLEGAL_TRANSITION/);
    await confirmSale(d.id, ['citizen2']);
    const state = await (await as('manager')).request(`{ demand(id: "${d.id}") { sellerConfirmedAt buyerConfirmedAt } }`);
    expect(state.data).toMatchObject({ demand: { sellerConfirmedAt: expect.any(String), buyerConfirmedAt: expect.any(String) } });
    await advance(d.id, [
      ['VALIDATE', 'manager'],
      ['CLOSE', 'manager'],
    ]);
    // The code of one sale does not confirm another.
    const { vehicleId: other } = await registeredVehicleOf(seller.id);
    const second = await fileDemand(await as('citizen'), { serviceCode: 'SALE_DECLARATION', vehicleId: other, buyerId: buyer.id });
    const token = await saleConfirmationToken('citizen', second.id);
    expect(code(await confirm('citizen', d.id, token))).toBe('BAD_USER_INPUT');
    // Nor does the buyer's session use the seller's confirmation.
    expect(code(await confirm('citizen2', second.id, token))).toBe('FORBIDDEN');
    expect((await confirm('citizen', second.id, token)).errors).toBeUndefined();
  }, 90_000);
});
