import { DemandWorkflowDocument, RecordCounterPaymentDocument, SubmitDemandDocument, type SimvebClient } from '@simveb/clients/sdk';
import { SERVICES } from '../../subgraphs/registration/src/service/service.catalogue';
import { graph, until } from './graph';
import { as } from './sessions';

/** A minimal but real PDF: the upload endpoint checks the bytes, not the name. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Uploads a document through the router like a frontend (POST /documents). */
export async function upload(client: SimvebClient, type: string, bytes: Buffer = PDF): Promise<{ status: number; body: { id?: string; code?: string; error?: string } }> {
  const res = await fetch(new URL('/documents', graph().routerUrl), {
    method: 'POST',
    headers: { ...client.headers, 'content-type': 'application/octet-stream', 'x-document-type': type, 'x-file-name': `${type}.pdf` },
    body: bytes,
  });
  const body = (await res.json()) as { id?: string; errors?: { message: string; extensions: { code: string } }[] };
  // Errors come in the GraphQL shape; the first one's code and message, for short assertions.
  return { status: res.status, body: { ...body, code: body.errors?.[0]?.extensions.code, error: body.errors?.[0]?.message } };
}

export function requiredDocuments(serviceCode: string): string[] {
  return SERVICES.find((s) => s.code === serviceCode)!.requiredDocuments;
}

export interface Filed {
  id: string;
  reference: string;
  status: string;
  version: number;
}

/** Files a demand with its required documents (uploaded by the filer). */
export async function fileDemand(
  client: SimvebClient,
  input: { serviceCode: string; vehicleId?: string; applicantId?: string; consentToken?: string; buyerId?: string; urgent?: boolean; requestedNumber?: string; requestedLabel?: string },
): Promise<Filed> {
  const documentIds = await Promise.all(
    requiredDocuments(input.serviceCode).map(async (type) => {
      const up = await upload(client, type);
      if (up.status !== 201) throw new Error(`upload ${type}: ${JSON.stringify(up.body)}`);
      return up.body.id!;
    }),
  );
  const res = await client.request(SubmitDemandDocument, { input: { ...input, documentIds } });
  if (res.errors) throw new Error(`submitDemand: ${JSON.stringify(res.errors)}`);
  return res.data!.submitDemand;
}

export async function load(id: string, who: SimvebClient) {
  const res = await who.request(DemandWorkflowDocument, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.demand!;
}

/**
 * Pays a demand's order at the counter (as the agent) once billing has
 * created it from registration's event, and waits for the demand to be
 * assigned (or at least submitted) in return.
 */
export async function payAtCounter(demandId: string): Promise<Filed> {
  const agent = await as('agent');
  let orderId = '';
  await until(
    async () => {
      orderId = (await load(demandId, agent)).order?.id ?? '';
      return !!orderId;
    },
    10_000,
    'billing to create the order',
  );
  const paid = await agent.request(RecordCounterPaymentDocument, { orderId, receiptNumber: `R-${Date.now()}` });
  if (paid.errors) throw new Error(JSON.stringify(paid.errors));
  let d = await load(demandId, agent);
  await until(
    async () => {
      d = await load(demandId, agent);
      return d.status !== 'AWAITING_PAYMENT';
    },
    10_000,
    'registration to see the payment',
  );
  return d;
}

/** A demand of the demo citizen, paid and assigned to the demo agent: ready to be treated. */
export async function assignedDemand(serviceCode = 'GRAY_CARD_DUPLICATE', vehicleId?: string, who: 'citizen' | 'citizen2' = 'citizen'): Promise<Filed> {
  const filed = await fileDemand(await as(who), { serviceCode, vehicleId });
  return filed.status === 'AWAITING_PAYMENT' ? payAtCounter(filed.id) : filed;
}

const models = new Map<string, Promise<string>>();
/** A model of the catalogue in this category (read once per category). */
function modelOf(category: string): Promise<string> {
  let model = models.get(category);
  if (!model) {
    model = (async () => {
      const res = await (await as('agent')).request<{ vehicleModels: { id: string; category: string }[] }, Record<string, never>>('{ vehicleModels { id category } }');
      const found = res.data?.vehicleModels.find((m) => m.category === category);
      if (!found) throw new Error(`no ${category} model in the catalogue: ${JSON.stringify(res.errors)}`);
      return found.id;
    })();
    models.set(category, model);
  }
  return model;
}

/**
 * A vehicle made locally (so registrable without customs, which other files
 * stop to test its outage), entered in the technical register by the agent at
 * the counter, as ANaTT does; not yet registered.
 */
export async function registrableVehicle(category = 'PRIVATE_CAR'): Promise<string> {
  const { newId } = await import('@simveb/platform/ids');
  const vin = `VF8${newId().replace(/-/g, '').toUpperCase().slice(-14)}`;
  const res = await (
    await as('agent')
  ).request<{ registerLocalVehicle: { id: string } }, { i: Record<string, unknown> }>('mutation($i: RegisterLocalVehicleInput!) { registerLocalVehicle(input: $i) { id } }', {
    i: { vin, modelId: await modelOf(category), year: 2024, energy: 'PETROL' },
  });
  if (res.errors) throw new Error(`registerLocalVehicle: ${JSON.stringify(res.errors)}`);
  return res.data!.registerLocalVehicle.id;
}

/** From a paid registration to the plate in the holder's hands: the Interpol check, the decision, printing, delivery. */
export const REGISTRATION_PATH: Step[] = [
  ['VERIFY', 'agent'],
  ['REQUEST_INTERPOL_CHECK', 'agent'],
  ['CLEAR_INTERPOL_CHECK', 'manager'],
  ['VALIDATE', 'manager'],
  ['ORDER_PRINT', 'manager'],
  ['MARK_PRINTED', 'printer'],
  ['VALIDATE_PRINT', 'manager'],
  ['DELIVER', 'agent'],
];

/**
 * A vehicle registered to `holderId` the way the register gets one: entered
 * by the agent, a prestige-number registration filed at the counter for the
 * holder, paid, checked, validated (plate, holding, registration record, gray
 * card), printed and delivered. A prestige number (0001-0099 of a series,
 * chosen) keeps fixtures out of the series allocation that register.test.ts
 * counts; two files wanting the same number: the loser asks again.
 */
export async function registeredVehicleOf(holderId: string): Promise<{ vehicleId: string; plate: string }> {
  const agent = await as('agent');
  const serviceCode = 'IMMATRICULATION_PRESTIGE_NUMBER';
  const [vehicleId, first] = await Promise.all([registrableVehicle(), prestigeChoice(agent, serviceCode)]);
  let taken = 0;
  let capped = 0;
  for (let attempt = 0; ; attempt++) {
    const { requestedNumber } = attempt ? await prestigeChoice(agent, serviceCode) : first;
    try {
      const filed = await fileDemand(agent, { serviceCode, vehicleId, applicantId: holderId, requestedNumber });
      await payAtCounter(filed.id);
      await advance(filed.id, REGISTRATION_PATH);
      return { vehicleId, plate: requestedNumber!.replace(/ /g, '') };
    } catch (err) {
      // Another file's fixture took the number: choose another.
      if (/requestedNumber/.test(String(err)) && taken++ < 5) continue;
      // The holder may have three unpaid prestige demands at once; fixtures running side by side (several per file, two
      // files at a time) each pay theirs within moments: wait for one of them, as a person would.
      if (/unpaid prestige demands/.test(String(err)) && capped++ < 60) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      throw err;
    }
  }
}

/**
 * Takes a demand through the given steps, each by the named user, as two
 * people at their screens would: the version read once, then each step sent
 * with the version the previous answer returned (optimistic concurrency: a
 * step another hand beat is a CONFLICT, not retried here). A reason only
 * where the workflow asks for one (reject, suspend), given in the step.
 */
export async function advance(demandId: string, steps: Step[]): Promise<void> {
  const { TransitionDemandDocument } = await import('@simveb/clients/sdk');
  let version = (await load(demandId, await as('manager'))).version;
  for (const [action, who, reason] of steps) {
    if (NEEDS_REASON.has(action) && !reason) throw new Error(`${action} needs a reason in the step`);
    const extra = action === 'MARK_PRINTED' ? await printed(demandId) : {};
    const res = await (await as(who)).request(TransitionDemandDocument, { input: { demandId, action: action as never, expectedVersion: version, ...(reason ? { reason } : {}), ...extra } });
    if (res.errors) throw new Error(`${action} by ${who}: ${JSON.stringify(res.errors)}`);
    version = res.data!.transitionDemand.version;
  }
}
const NEEDS_REASON = new Set(['REJECT', 'SUSPEND']);
type DemoUserName = Parameters<typeof as>[0];
/** One step: the action, who performs it, and the reason when the action needs one. */
export type Step = [action: string, who: DemoUserName, reason?: string];

/** From ASSIGNED to CLOSED for a service that is neither printed nor checked by Interpol. */
export const SIMPLE_PATH: Step[] = [
  ['VERIFY', 'agent'],
  ['PRE_VALIDATE', 'agent'],
  ['VALIDATE', 'manager'],
  ['CLOSE', 'manager'],
];
/** From ASSIGNED to CLOSED for a printed service (gray card, plate). */
export const PRINTED_PATH: Step[] = [
  ['VERIFY', 'agent'],
  ['PRE_VALIDATE', 'agent'],
  ['VALIDATE', 'manager'],
  ['ORDER_PRINT', 'manager'],
  ['MARK_PRINTED', 'printer'],
  ['VALIDATE_PRINT', 'manager'],
  ['DELIVER', 'agent'],
];

const SERIES = 'ABCDEFGHJKLMNPRSTUVWXYZ';
/** First letters of the series shared fixtures draw prestige numbers from: T, Y and Z are test files' own (vehicle-registry's fleet, numbers.test.ts). */
const SHARED_FIRST = 'ABCDEFGHJKLMNPRSUVW';
/**
 * A free prestige number and/or label for a prestige service, asked from
 * suggestNumbers around a random wish (so concurrent test files do not want
 * the same one).
 */
export async function prestigeChoice(client: SimvebClient, serviceCode: string): Promise<{ requestedNumber?: string; requestedLabel?: string }> {
  const out: { requestedNumber?: string; requestedLabel?: string } = {};
  const ask = async (wanted: string) => {
    const res = await client.request<{ suggestNumbers: { suggestions: string[] } }, { w: string }>('query($w: String!) { suggestNumbers(wanted: $w, first: 1) { suggestions } }', { w: wanted });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.suggestNumbers.suggestions[0]!;
  };
  const pick = (n: number) => Math.floor(Math.random() * n);
  // A wish already taken is answered with the same digits in other series: drawn again until one of ours.
  while (serviceCode.includes('NUMBER') && !SHARED_FIRST.includes(out.requestedNumber?.[0] ?? '-')) {
    out.requestedNumber = await ask(`${SHARED_FIRST[pick(SHARED_FIRST.length)]}${SERIES[pick(23)]} ${1 + pick(99)}`);
  }
  if (serviceCode.includes('LABEL')) out.requestedLabel = await ask(`T${Array.from({ length: 5 }, () => SERIES[pick(23)]).join('')}`);
  return out;
}

let plateSeq = 0;
/**
 * What a printer declares for a demand's print order: a fresh plate serial and
 * RFID tag, and the holder's code (read as ANaTT, who may see it).
 */
export async function printed(demandId: string): Promise<{ plateSerial: string; rfidTag: string; holderCode: string }> {
  const res = await (
    await as('manager')
  ).request<{ demand: { printOrder: { holderCode: string | null } | null } }, { id: string }>('query($id: ID!) { demand(id: $id) { printOrder { holderCode } } }', { id: demandId });
  const code = res.data?.demand?.printOrder?.holderCode;
  if (!code) throw new Error(`no print order waiting for ${demandId}: ${JSON.stringify(res.errors ?? res.data)}`);
  const unique = `${Date.now().toString(16)}${(plateSeq++).toString(16).padStart(4, '0')}${Math.floor(Math.random() * 0xffff)
    .toString(16)
    .padStart(4, '0')}`.toUpperCase();
  return { plateSerial: `PL-${unique}`, rfidTag: unique.padStart(24, 'E').slice(-24), holderCode: code };
}

/**
 * A holder's consent for the demo bank to file for them: the bank asks, the
 * holder's phone receives the code (read from the SMS sink, picking the
 * consent message among the demand notifications), the bank confirms.
 */
export async function holderConsent(holder: 'citizen' | 'citizen2', scope: { serviceCode: string; vehicleId: string }, affiliate: 'bank' = 'bank'): Promise<string> {
  const { DEMO } = await import('@simveb/platform/demo');
  const { RequestHolderConsentDocument, ConfirmHolderConsentDocument } = await import('@simveb/clients/sdk');
  const { acceptedCode, lastMessageId } = await import('./sessions');
  const person = DEMO.persons[holder];
  const client = await as(affiliate);
  let before = await lastMessageId(person.phone);
  let req = await client.request(RequestHolderConsentDocument, { input: { holderNpi: person.npi, ...scope } });
  // Codes to one holder are throttled; another test file may just have asked for one.
  for (let i = 0; i < 3 && req.errors?.[0]?.extensions?.code === 'RATE_LIMITED'; i++) {
    await new Promise((r) => setTimeout(r, (Number(req.errors![0]!.extensions!.retryAfterSeconds ?? 5) + 1) * 1000));
    before = await lastMessageId(person.phone);
    req = await client.request(RequestHolderConsentDocument, { input: { holderNpi: person.npi, ...scope } });
  }
  if (req.errors) throw new Error(`requestHolderConsent: ${JSON.stringify(req.errors)}`);
  // Other files may ask the same holder's consent for other vehicles at the same moment.
  return acceptedCode(
    person.phone,
    before,
    /demande à agir pour votre véhicule/,
    async (code) => {
      const ok = await client.request(ConfirmHolderConsentDocument, { input: { challengeId: req.data!.requestHolderConsent.challengeId, code } });
      if (!ok.errors) return ok.data!.confirmHolderConsent.consentToken;
      if (ok.errors[0]?.extensions?.code !== 'BAD_USER_INPUT') throw new Error(`confirmHolderConsent: ${JSON.stringify(ok.errors)}`);
      return undefined;
    },
    15_000,
  );
}

/** A pledge: the court clerk checks it (greffe), ANaTT pre-validates, validates and closes. */
export const PLEDGE_PATH: [string, DemoUserName][] = [
  ['VERIFY', 'clerk'],
  ['PRE_VALIDATE', 'agent'],
  ['VALIDATE', 'manager'],
  ['CLOSE', 'manager'],
];
/** An opposition or its lift: the court clerk checks, the investigating judge decides. */
export const JUSTICE_PATH: [string, DemoUserName][] = [
  ['VERIFY', 'clerk'],
  ['PRE_VALIDATE', 'clerk'],
  ['VALIDATE', 'judge'],
  ['CLOSE', 'judge'],
];

/** Files a pledge on a holder's vehicle as the demo bank (with the holder's consent), pays it and walks it to CLOSED. */
export async function pledgedBy(vehicleId: string, holder: 'citizen' | 'citizen2' = 'citizen'): Promise<Filed> {
  const { DEMO } = await import('@simveb/platform/demo');
  const filed = await fileDemand(await as('bank'), {
    serviceCode: 'PLEDGE',
    vehicleId,
    applicantId: DEMO.persons[holder].id,
    consentToken: await holderConsent(holder, { serviceCode: 'PLEDGE', vehicleId }),
  });
  const d = await payAtCounter(filed.id);
  await advance(d.id, PLEDGE_PATH);
  return d;
}

/** Files an opposition as the demo court clerk and has the judge decide it. */
export async function opposed(vehicleId: string, serviceCode: 'OPPOSITION' | 'OPPOSITION_LIFT' = 'OPPOSITION'): Promise<Filed> {
  const filed = await fileDemand(await as('clerk'), { serviceCode, vehicleId });
  await advance(filed.id, JUSTICE_PATH);
  return filed;
}

/**
 * A sale confirmation token for one party: the code sent to their own phone,
 * exchanged at identity. Other files may be confirming sales of the same
 * people at the same moment: every fresh sale code is tried, newest first.
 */
export async function saleConfirmationToken(who: 'citizen' | 'citizen2', demandId: string): Promise<string> {
  const { DEMO } = await import('@simveb/platform/demo');
  const { acceptedCode, lastMessageId } = await import('./sessions');
  const client = await as(who);
  const phone = DEMO.persons[who].phone;
  const before = await lastMessageId(phone);
  const req = await client.request<{ requestSaleConfirmationCode: { challengeId: string } }, { d: string }>('mutation($d: ID!) { requestSaleConfirmationCode(demandId: $d) { challengeId } }', {
    d: demandId,
  });
  if (req.errors) throw new Error(`requestSaleConfirmationCode: ${JSON.stringify(req.errors)}`);
  return acceptedCode(
    phone,
    before,
    /vente du véhicule/,
    async (code) => {
      const ok = await client.request<{ confirmSaleConfirmationCode: { confirmationToken: string } }, { i: { challengeId: string; code: string } }>(
        'mutation($i: ConfirmSaleCodeInput!) { confirmSaleConfirmationCode(input: $i) { confirmationToken } }',
        { i: { challengeId: req.data!.requestSaleConfirmationCode.challengeId, code } },
      );
      return ok.errors ? undefined : ok.data!.confirmSaleConfirmationCode.confirmationToken;
    },
    5_000,
  );
}

/** The seller and the buyer confirm a sale declaration, each with their own code. */
export async function confirmSale(demandId: string, parties: ('citizen' | 'citizen2')[] = ['citizen', 'citizen2']): Promise<void> {
  for (const who of parties) {
    const token = await saleConfirmationToken(who, demandId);
    const done = await (await as(who)).request('mutation($d: ID!, $t: String!) { confirmSaleDeclaration(demandId: $d, confirmationToken: $t) { id } }', { d: demandId, t: token });
    if (done.errors) throw new Error(`confirmSaleDeclaration: ${JSON.stringify(done.errors)}`);
  }
}
