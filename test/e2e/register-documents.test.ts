import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SimvebClient } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { db, graph } from '../support/graph';
import { advance, confirmSale, fileDemand, load, opposed, payAtCounter, PRINTED_PATH, registeredVehicleOf, SIMPLE_PATH } from '../support/demands';
import { as, signIn } from '../support/sessions';

const seller = DEMO.persons.citizen;
const buyer = DEMO.persons.citizen2;
const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

interface Doc {
  id: string;
  kind: string;
  number: string;
  status: string;
  plateNumber: string;
  validUntil: string | null;
  verificationCode: string;
  pdfPath: string;
}
const DOC_FIELDS = 'id kind number status plateNumber validUntil verificationCode pdfPath';

async function closed(filedId: string, path = SIMPLE_PATH) {
  const d = await load(filedId, await as('manager'));
  await advance(d.status === 'AWAITING_PAYMENT' ? (await payAtCounter(filedId)).id : filedId, path);
}

async function documentsOf(vehicleId: string, who: 'citizen' | 'citizen2' | 'manager'): Promise<Doc[]> {
  const res = await (await as(who)).request(`{ vehicle(id: "${vehicleId}") { documents { ${DOC_FIELDS} } } }`);
  expect(res.errors).toBeUndefined();
  return (res.data as { vehicle: { documents: Doc[] } }).vehicle.documents;
}

const anon = () => new SimvebClient(graph().routerUrl);
async function verify(c: string) {
  const res = await anon().request(`query($c: String!) { verifyDocument(code: $c) { valid status kind number plateNumber validUntil encumbrances { kind } } }`, { c });
  return (
    res.data as {
      verifyDocument: { valid: boolean; status: string; kind: string | null; number: string | null; plateNumber: string | null; validUntil: string | null; encumbrances: { kind: string }[] };
    }
  ).verifyDocument;
}
async function download(path: string, who: 'citizen' | 'citizen2' | null) {
  const headers: Record<string, string> = who ? { authorization: `Bearer ${(await signIn(who)).accessToken}` } : {};
  const res = await fetch(new URL(path, graph().routerUrl), { headers });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('certificate of administrative situation', () => {
  it('states the pledges and oppositions of the day; anyone can verify it; only the holder and staff get it', async () => {
    const { vehicleId, plate } = await registeredVehicleOf(seller.id);
    await opposed(vehicleId);
    const citizen = await as('citizen');
    const res = await citizen.request(`mutation($v: ID!) { requestAdministrativeCertificate(vehicleId: $v) { ${DOC_FIELDS} } }`, { v: vehicleId });
    expect(res.errors).toBeUndefined();
    const cert = (res.data as { requestAdministrativeCertificate: Doc }).requestAdministrativeCertificate;
    expect(cert).toMatchObject({ kind: 'ADMINISTRATIVE_CERTIFICATE', status: 'VALID', number: expect.stringMatching(/^CSA-\d{4}-\d{6}$/) });
    expect(cert.plateNumber.replaceAll(' ', '')).toBe(plate);
    expect(await verify(cert.verificationCode)).toMatchObject({ valid: true, status: 'VALID', kind: 'ADMINISTRATIVE_CERTIFICATE', number: cert.number, encumbrances: [{ kind: 'OPPOSITION' }] });
    expect(await verify(cert.verificationCode.replace(/^CSA/, 'AUT'))).toMatchObject({ valid: false, status: 'INVALID' });

    const pdf = await download(cert.pdfPath, 'citizen');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.SAVE_CERTIFICATE) writeFileSync(process.env.SAVE_CERTIFICATE, pdf.bytes);
    expect((await download(cert.pdfPath, 'citizen2')).status).toBe(404);
    expect((await download(cert.pdfPath, null)).status).toBe(401);
    // Nobody gets a certificate of someone else's vehicle.
    expect(code(await (await as('citizen2')).request(`mutation($v: ID!) { requestAdministrativeCertificate(vehicleId: $v) { id } }`, { v: vehicleId }))).toBe('NOT_FOUND');
    expect(code(await anon().request(`mutation($v: ID!) { requestAdministrativeCertificate(vehicleId: $v) { id } }`, { v: vehicleId }))).toBe('UNAUTHENTICATED');
    expect(await documentsOf(vehicleId, 'citizen2')).toEqual([]);
  }, 60_000);
});

describe('sale declaration, authorisations and engraving', () => {
  it('a closed sale declaration is a document for seller and buyer; the mutation uses it up', async () => {
    const { vehicleId } = await registeredVehicleOf(seller.id);
    const sale = await fileDemand(await as('citizen'), { serviceCode: 'SALE_DECLARATION', vehicleId, buyerId: buyer.id });
    await confirmSale(sale.id);
    await closed(sale.id);
    const [declaration] = (await documentsOf(vehicleId, 'citizen')).filter((d) => d.kind === 'SALE_DECLARATION');
    expect(declaration).toMatchObject({ status: 'VALID', number: expect.stringMatching(/^DV-/) });
    expect((await download(declaration!.pdfPath, 'citizen2')).status).toBe(200);
    expect(await verify(declaration!.verificationCode)).toMatchObject({ valid: true, kind: 'SALE_DECLARATION' });
    const mutation = await fileDemand(await as('citizen2'), { serviceCode: 'MUTATION', vehicleId });
    await closed(mutation.id, PRINTED_PATH);
    expect(await verify(declaration!.verificationCode)).toMatchObject({ valid: false, status: 'USED', kind: 'SALE_DECLARATION' });
  }, 60_000);

  it('a tinted-window authorisation runs a year and then reads EXPIRED; a glass engraving is recorded with its mark', async () => {
    const { vehicleId, plate } = await registeredVehicleOf(seller.id);
    const tinted = await fileDemand(await as('citizen'), { serviceCode: 'TINTED_WINDOW_AUTHORIZATION', vehicleId });
    await closed(tinted.id);
    const engraving = await fileDemand(await as('citizen'), { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    await closed(engraving.id);
    const docs = await documentsOf(vehicleId, 'citizen');
    const auth = docs.find((d) => d.kind === 'TINTED_WINDOW_AUTHORIZATION')!;
    const days = (new Date(auth.validUntil!).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(366);
    expect(await verify(auth.verificationCode)).toMatchObject({ valid: true, status: 'VALID', validUntil: auth.validUntil });
    const grv = docs.find((d) => d.kind === 'GLASS_ENGRAVING_CERTIFICATE')!;
    expect(grv.status).toBe('VALID');
    expect((await download(grv.pdfPath, 'citizen')).status).toBe(200);
    const facts = await db('registration', async (c) => (await c.query('select facts from issued_document where id = $1', [grv.id])).rows[0].facts);
    expect(facts.engraving).toBe(plate);
    // A year later (the clock moved in the register): expired for the roadside check.
    await db('registration', (c) => c.query("update issued_document set valid_until = now() - interval '1 day' where id = $1", [auth.id]));
    expect(await verify(auth.verificationCode)).toMatchObject({ valid: false, status: 'EXPIRED' });
  }, 60_000);
});
