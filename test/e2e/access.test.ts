import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { CreateApiKeyDocument, DemandStatusChangedDocument, SimvebClient, SubmitDemandDocument, TransitionDemandDocument } from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { REPO_ROOT } from '@simveb/dev/launcher/graph';
import { activeSubscriptions, graph, router, until } from '../support/graph';
import { as, signIn } from '../support/sessions';
import { assignedDemand } from '../support/demands';

type Who = 'anonymous' | 'citizen' | 'citizen2' | 'agent' | 'admin' | 'bank' | 'partner';
const EVERYONE: Who[] = ['anonymous', 'citizen', 'citizen2', 'agent', 'admin', 'bank', 'partner'];
const SIGNED_IN: Who[] = EVERYONE.filter((w) => w !== 'anonymous');
const DEMO_BANK_ID = '0190a000-0000-7000-8000-000000000201';
const NO_SUCH = '0190ffff-0000-7000-8000-0000000000aa';

interface Rule {
  /** An operation that exercises the field with inputs valid for the allowed callers. */
  op: string | ((ctx: RuleContext) => Promise<{ op: string; variables?: Record<string, unknown> }>);
  allow: Who[];
  /** Callers who may not even see the target get NOT_FOUND (existence is not revealed): that is a refusal too. */
  hidden?: boolean;
}
interface RuleContext {
  who: Who;
}

/** Files a fresh demand for the demo citizen (so each caller can try to act on one). */
const freshDemand = () => assignedDemand('GLASS_ENGRAVING', DEMO.vehicleId(2));

/**
 * One rule per root field of the public schema. A field added without a rule
 * here fails the test: decide who may call it before it ships.
 */
const RULES: Record<string, Rule> = {
  // Query
  tariffs: { op: '{ tariffs { amount } }', allow: EVERYONE },
  me: { op: '{ me { id } }', allow: EVERYONE },
  affiliates: { op: '{ affiliates { id } }', allow: ['admin'] },
  apiKeys: { op: `{ apiKeys(affiliateId: "${DEMO_BANK_ID}") { id } }`, allow: ['admin'] },
  company: { op: `{ company(id: "${DEMO.companies.transport.id}") { id } }`, allow: SIGNED_IN },
  person: { op: `{ person(id: "${DEMO.persons.citizen.id}") { id } }`, allow: SIGNED_IN },
  personByNpi: { op: `{ personByNpi(npi: "${DEMO.persons.citizen.npi}") { id } }`, allow: SIGNED_IN },
  demand: { op: `{ demand(id: "${DEMO.demandId(1)}") { id } }`, allow: SIGNED_IN },
  demands: { op: '{ demands(first: 1) { totalCount } }', allow: SIGNED_IN },
  demandStats: { op: '{ demandStats { total overdue } }', allow: ['agent', 'admin'] },
  managementCenters: { op: '{ managementCenters { id } }', allow: SIGNED_IN },
  services: { op: '{ services { code } }', allow: EVERYONE },
  verifyDocument: { op: '{ verifyDocument(code: "GC.nothing.here") { valid status } }', allow: EVERYONE },
  requestAdministrativeCertificate: {
    op: `mutation { requestAdministrativeCertificate(vehicleId: "${DEMO.vehicleId(1)}") { number } }`,
    allow: ['citizen', 'agent', 'admin'],
    hidden: true,
  },
  suggestNumbers: { op: '{ suggestNumbers(wanted: "AB 7") { available } }', allow: SIGNED_IN },
  fileOppositions: { op: `mutation { fileOppositions(vehicleIds: ["${NO_SUCH}"], documentIds: []) { id } }`, allow: [] },
  requestSaleConfirmationCode: { op: `mutation { requestSaleConfirmationCode(demandId: "${NO_SUCH}") { challengeId } }`, allow: ['citizen', 'citizen2', 'agent', 'admin'] },
  confirmSaleConfirmationCode: { op: `mutation { confirmSaleConfirmationCode(input: { challengeId: "${NO_SUCH}", code: "123456" }) { confirmationToken } }`, allow: SIGNED_IN },
  confirmSaleDeclaration: { op: `mutation { confirmSaleDeclaration(demandId: "${NO_SUCH}", confirmationToken: "x") { id } }`, allow: SIGNED_IN },
  createBasket: { op: `mutation { createBasket(orderIds: ["${NO_SUCH}", "0190ffff-0000-7000-8000-0000000000ab"]) { id } }`, allow: SIGNED_IN },
  dissolveBasket: { op: `mutation { dissolveBasket(basketId: "${NO_SUCH}") { id } }`, allow: SIGNED_IN },
  printQueue: { op: '{ printQueue(first: 1) { id } }', allow: ['admin'] },
  quote: { op: '{ quote(serviceCode: "GLASS_ENGRAVING", urgent: true) { total } }', allow: EVERYONE },
  setTariff: {
    op: 'mutation { setTariff(input: { serviceCode: "GLASS_ENGRAVING", component: STAMP_DUTY, label: "Droit de timbre", amount: 1000, effectiveFrom: "2031-01-01T00:00:00Z" }) { id } }',
    allow: ['admin'],
  },
  initiatePayment: { op: `mutation { initiatePayment(input: { orderId: "${NO_SUCH}", provider: FEDAPAY }) { redirectUrl } }`, allow: SIGNED_IN },
  confirmPayment: { op: `mutation { confirmPayment(input: { paymentId: "${NO_SUCH}" }) { id } }`, allow: SIGNED_IN },
  refundPayment: { op: `mutation { refundPayment(paymentId: "${NO_SUCH}", reason: "Double paiement") { id } }`, allow: ['admin'] },
  reconcilePayments: { op: 'mutation { reconcilePayments(olderThanMinutes: 100000) { checked } }', allow: ['admin'] },
  payment: { op: `{ payment(id: "${NO_SUCH}") { id } }`, allow: SIGNED_IN },
  paymentAnomalies: { op: '{ paymentAnomalies(first: 1) { id } }', allow: ['admin'] },
  myWallet: { op: '{ myWallet { balance } }', allow: ['bank'] },
  topUpWallet: { op: 'mutation { topUpWallet(amount: 1, provider: FEDAPAY) { redirectUrl } }', allow: ['bank'] },
  payOrderWithWallet: { op: `mutation { payOrderWithWallet(orderId: "${NO_SUCH}") { id } }`, allow: ['bank'] },
  recordCounterPayment: { op: `mutation { recordCounterPayment(orderId: "${NO_SUCH}", receiptNumber: "R1") { id } }`, allow: ['agent', 'admin'] },
  setCenterAgent: {
    op: `mutation { setCenterAgent(centerId: "0190a003-0000-7000-8000-000000000012", agentId: "${DEMO.persons.manager.id}") { id } }`,
    allow: ['admin'],
  },
  updateService: { op: 'mutation { updateService(code: "GLASS_ENGRAVING", input: { active: true }) { code } }', allow: ['admin'] },
  vehicleByPlate: { op: '{ vehicleByPlate(number: "AB 1001 RB") { id } }', allow: SIGNED_IN },
  vehiclesByPlates: { op: '{ vehiclesByPlates(numbers: ["AB 1001 RB"]) { id } }', allow: ['agent', 'admin', 'partner'] },
  vehicle: { op: `{ vehicle(id: "${DEMO.vehicleId(1)}") { vin } }`, allow: SIGNED_IN },
  vehicleByVin: { op: '{ vehicleByVin(vin: "WDBHXAP30MA100001") { id } }', allow: SIGNED_IN },
  vehicles: { op: '{ vehicles(first: 1) { totalCount } }', allow: ['agent', 'admin', 'partner'] },
  vehiclesByVins: { op: '{ vehiclesByVins(vins: ["WDBHXAP30MA100001"]) { id } }', allow: ['agent', 'admin', 'partner'] },
  decodeVin: { op: '{ decodeVin(vin: "1M8GDM9AXKP042788") { valid } }', allow: SIGNED_IN },
  brands: { op: '{ brands { name } }', allow: SIGNED_IN },
  vehicleModels: { op: '{ vehicleModels { name } }', allow: SIGNED_IN },
  vehicleCategories: { op: '{ vehicleCategories { category platesCount } }', allow: EVERYONE },
  createBrand: { op: async ({ who }) => ({ op: `mutation { createBrand(name: "Marque ${who} ${Date.now()}") { id } }` }), allow: ['admin'] },
  createVehicleModel: {
    op: async ({ who }) => ({ op: `mutation { createVehicleModel(input: { brandId: "${NO_SUCH}", name: "M ${who}", category: PRIVATE_CAR }) { id } }` }),
    allow: ['admin'],
  },
  registerImportedVehicle: { op: 'mutation { registerImportedVehicle(input: { customsReference: "X-2026-0001" }) { id } }', allow: ['agent', 'admin'] },
  registerLocalVehicle: {
    op: `mutation { registerLocalVehicle(input: { vin: "bad", modelId: "${NO_SUCH}", year: 2024, energy: PETROL }) { id } }`,
    allow: ['agent', 'admin'],
  },
  refreshCustomsClearance: { op: `mutation { refreshCustomsClearance(vehicleId: "${NO_SUCH}") { dutiesPaid } }`, allow: ['agent', 'admin'] },
  transformVehicle: {
    op: `mutation { transformVehicle(input: { vehicleId: "${NO_SUCH}", color: "Vert", reason: "Peinture refaite" }) { id } }`,
    allow: ['agent', 'admin'],
  },
  // Mutation: sign-in flows are open to all (bad credentials are UNAUTHENTICATED by nature, so valid ones are used).
  signUp: { op: 'mutation { signUp(input: { npi: "9000000009", phone: "+2290100000009", birthDate: "1990-01-01" }) { challengeId } }', allow: EVERYONE },
  login: { op: 'mutation { login(input: { identifier: "citizen2@demo.simveb.bj", password: "Demo-Citizen-2026" }) { accessToken } }', allow: EVERYONE },
  requestOtp: { op: 'mutation { requestOtp(input: { identifier: "+22999999999" }) { challengeId } }', allow: EVERYONE },
  verifyOtp: { op: `mutation { verifyOtp(input: { challengeId: "${NO_SUCH}", code: "123456" }) { accessToken } }`, allow: EVERYONE },
  refreshToken: {
    op: async () => {
      const l = await router().request('mutation { login(input: { identifier: "citizen2@demo.simveb.bj", password: "Demo-Citizen-2026" }) { refreshToken } }');
      const rt = (l.data as { login: { refreshToken: string } }).login.refreshToken;
      return { op: 'mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken } }', variables: { t: rt } };
    },
    allow: EVERYONE,
  },
  logout: { op: 'mutation { logout(input: { refreshToken: "rt_nothing" }) }', allow: EVERYONE },
  createAffiliate: {
    op: async ({ who }) => ({ op: `mutation { createAffiliate(input: { name: "Garage ${who} ${Date.now()}", kind: PLATE_PRINTER }) { id } }` }),
    allow: ['admin'],
  },
  setAffiliateStatus: { op: `mutation { setAffiliateStatus(id: "${DEMO_BANK_ID}", status: APPROVED) { id } }`, allow: ['admin'] },
  inviteAffiliateMember: {
    op: `mutation { inviteAffiliateMember(input: { affiliateId: "${DEMO_BANK_ID}", npi: "7000000123", role: "AFFILIATE_MEMBER" }) { id } }`,
    allow: ['admin', 'bank'],
  },
  acceptInvitation: { op: `mutation { acceptInvitation(invitationId: "${NO_SUCH}") { id } }`, allow: SIGNED_IN },
  // The manager is staff already: granting them a justice role changes no other test's sign-in.
  grantStaffRole: { op: `mutation { grantStaffRole(input: { npi: "${DEMO.persons.manager.npi}", role: "COURT_CLERK" }) { id } }`, allow: ['admin'] },
  createApiKey: {
    op: `mutation { createApiKey(input: { affiliateId: "${DEMO_BANK_ID}", name: "matrix", scopes: ["vehicles:read"] }) { key { id } } }`,
    allow: ['admin'],
  },
  revokeApiKey: { op: `mutation { revokeApiKey(id: "${NO_SUCH}") { id } }`, allow: ['admin'] },
  rotateSigningKey: { op: 'mutation { rotateSigningKey }', allow: ['admin'] },
  registerCompany: { op: 'mutation { registerCompany(ifu: "1201900012345") { id } }', allow: ['agent', 'admin'] },
  requestHolderConsent: {
    op: `mutation { requestHolderConsent(input: { holderNpi: "0000000000", serviceCode: "PLEDGE", vehicleId: "0190a001-0000-7000-8000-000000000001" }) { challengeId } }`,
    allow: ['bank'] /* the matrix partner's key reads only: no demands:write */,
  },
  confirmHolderConsent: {
    op: `mutation { confirmHolderConsent(input: { challengeId: "${NO_SUCH}", code: "123456" }) { consentToken } }`,
    allow: ['bank'] /* the matrix partner's key reads only: no demands:write */,
  },
  submitDemand: {
    op: async ({ who }) => ({
      op: 'mutation($i: SubmitDemandInput!) { submitDemand(input: $i) { id } }',
      variables: {
        i: {
          serviceCode: 'GLASS_ENGRAVING',
          vehicleId: DEMO.vehicleId(who === 'citizen2' ? 3 : 2),
          ...(['agent', 'admin', 'bank', 'partner'].includes(who) && { applicantId: DEMO.persons.citizen.id }),
        },
      },
    }),
    // Citizens for themselves, agents at the counter; affiliates need the holder's consent (refused here).
    allow: ['citizen', 'citizen2', 'agent'],
  },
  transitionDemand: {
    op: async () => {
      const d = await freshDemand();
      return { op: 'mutation($i: TransitionDemandInput!) { transitionDemand(input: $i) { id } }', variables: { i: { demandId: d.id, action: 'VERIFY', expectedVersion: d.version } } };
    },
    allow: ['agent'],
    hidden: true,
  },
};

const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

describe('authorization matrix', () => {
  const clients = {} as Record<Who, SimvebClient>;

  beforeAll(async () => {
    clients.anonymous = router();
    for (const who of ['citizen', 'citizen2', 'agent', 'admin', 'bank'] as const) clients[who] = await as(who);
    const key = await clients.admin.request(CreateApiKeyDocument, {
      input: { affiliateId: DEMO_BANK_ID, name: 'matrix partner', scopes: ['vehicles:read', 'holders:read', 'demands:read'] },
    });
    clients.partner = router({ authorization: `Bearer ${key.data!.createApiKey.secret}` });
  });

  const api = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema/api.graphql'), 'utf8'));
  const rootFields = [...Object.keys(api.getQueryType()!.getFields()), ...Object.keys(api.getMutationType()!.getFields())];

  it('has a rule for every root query and mutation of the supergraph', () => {
    expect(rootFields.filter((f) => !RULES[f])).toEqual([]);
  });

  for (const field of rootFields) {
    it(`${field}: allowed for ${RULES[field]?.allow.join(', ') ?? '?'}; refused for the others`, async () => {
      const rule = RULES[field];
      expect(rule, `no rule for ${field}`).toBeDefined();
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const who of EVERYONE) {
        const { op, variables } = typeof rule!.op === 'string' ? { op: rule!.op, variables: undefined } : await rule!.op({ who });
        const res = await clients[who].request(op, variables);
        const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
        outcome[who] = codes.some((c) => DENIED.has(c) || (rule!.hidden && c === 'NOT_FOUND')) ? 'deny' : 'allow';
        expected[who] = rule!.allow.includes(who) ? 'allow' : 'deny';
        if (outcome[who] === 'allow' && codes.includes('INTERNAL')) outcome[who] = `internal: ${JSON.stringify(res.errors)}`;
      }
      expect(outcome).toEqual(expected);
    });
  }
});

describe('a citizen sees nothing of another citizen', () => {
  const B = DEMO.persons.citizen2;
  const bVehicle = DEMO.vehicleId(3); // held by citizen2, plate AD 1003 RB

  it('not their person, by id or by NPI', async () => {
    const a = await as('citizen');
    const res = await a.request(`{ person(id: "${B.id}") { npi } personByNpi(npi: "${B.npi}") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ person: null, personByNpi: null });
  });

  it('not who holds their vehicle, by id, VIN or plate', async () => {
    const a = await as('citizen');
    const res = await a.request(`{ vehicle(id: "${bVehicle}") { vin holder { id displayName } } vehicleByPlate(number: "AD 1003 RB") { holder { id } } }`);
    expect(res.errors).toBeUndefined();
    const data = res.data as { vehicle: { vin: string; holder: unknown }; vehicleByPlate: { holder: unknown } };
    expect(data.vehicle.holder).toBeNull();
    expect(data.vehicleByPlate.holder).toBeNull();
    // The holder themself does see it.
    const b = await as('citizen2');
    const own = await b.request(`{ vehicle(id: "${bVehicle}") { holder { displayName } } }`);
    expect((own.data as { vehicle: { holder: { displayName: string } } }).vehicle.holder.displayName).toBe('Koffi AGBODJAN');
  });

  it('not their demands, by id, by filter or nested', async () => {
    const b = await as('citizen2');
    const filed = await b.request(SubmitDemandDocument, { input: { serviceCode: 'GRAY_CARD_DUPLICATE', vehicleId: bVehicle, draft: true } });
    const bDemand = filed.data!.submitDemand.id;
    const a = await as('citizen');
    const res = await a.request(`{
      demand(id: "${bDemand}") { id }
      demands(first: 50, filter: { applicantId: "${B.id}" }) { totalCount }
      me { person { demands(first: 50) { edges { node { id } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const data = res.data as { demand: unknown; demands: { totalCount: number }; me: { person: { demands: { edges: { node: { id: string } }[] } } } };
    expect(data.demand).toBeNull();
    expect(data.demands.totalCount).toBe(0);
    expect(data.me.person.demands.edges.map((e) => e.node.id)).not.toContain(bDemand);
    const transition = await a.request(TransitionDemandDocument, { input: { demandId: bDemand, action: 'SUBMIT', expectedVersion: 1 } });
    expect(transition.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('a citizen cannot act as staff', async () => {
    const a = await as('citizen');
    const d = await freshDemand();
    for (const action of ['VERIFY', 'VALIDATE', 'REJECT'] as const) {
      const r = await a.request(TransitionDemandDocument, { input: { demandId: d.id, action, expectedVersion: d.version, reason: 'x' } });
      expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });
});

describe('subscriptions and credentials', () => {
  it('a WebSocket with a bad token is closed with 4403', async () => {
    const client = new SimvebClient(graph().routerUrl, {}, { authorization: 'Bearer not-a-token' });
    const sub = client.subscribe(DemandStatusChangedDocument, {});
    const reason = (await sub.ended) as { code?: number };
    expect(reason.code).toBe(4403);
    await client.close();
  });

  it('anonymous subscribers are refused: the socket is closed at connection_init (4403)', async () => {
    const client = new SimvebClient(graph().routerUrl);
    const sub = client.subscribe(DemandStatusChangedDocument, {});
    const reason = (await sub.ended) as { code?: number };
    expect(reason.code).toBe(4403);
    await client.close();
  });

  it("a citizen's subscription receives only their own demands' events", async () => {
    const b = (await signIn('citizen2')).client.with({});
    const sub = b.subscribe(DemandStatusChangedDocument, {});
    const registration = graph().subgraphUrls.registration;
    await until(async () => (await activeSubscriptions(registration)) >= 1, 5_000, 'subscription live');
    await new Promise((r) => setTimeout(r, 300));
    const agent = await as('agent');
    const theirs = await freshDemand(); // citizen's, not citizen2's
    await agent.request(TransitionDemandDocument, { input: { demandId: theirs.id, action: 'VERIFY', expectedVersion: theirs.version } });
    const mine = await (await as('citizen2')).request(SubmitDemandDocument, { input: { serviceCode: 'GLASS_ENGRAVING', vehicleId: DEMO.vehicleId(3), draft: true } });
    // Other tests move citizen2's other demands meanwhile: read until ours arrives; every event must be citizen2's.
    const seen: { id: string; applicant: string }[] = [];
    for (;;) {
      const ev = await sub.next(5_000);
      const d = ev.data!.demandStatusChanged.demand;
      seen.push({ id: d.id, applicant: d.applicant.displayName });
      if (d.id === mine.data!.submitDemand.id) break;
    }
    await new Promise((r) => setTimeout(r, 300));
    for (const e of sub.pending()) seen.push({ id: e.data!.demandStatusChanged.demand.id, applicant: e.data!.demandStatusChanged.demand.applicant.displayName });
    expect(seen.filter((e) => e.applicant !== 'Koffi AGBODJAN')).toEqual([]);
    expect(seen.map((e) => e.id)).not.toContain(theirs.id);
    await sub.close();
    await b.close();
  });
});
