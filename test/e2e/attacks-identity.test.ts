import { describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import {
  AcceptInvitationDocument,
  CreateAffiliateDocument,
  InviteAffiliateMemberDocument,
  LoginDocument,
  MeDocument,
  RefreshTokenDocument,
  RequestOtpDocument,
  SetAffiliateStatusDocument,
  SignUpDocument,
  VerifyOtpDocument,
} from '@simveb/clients/sdk';
import { as } from '../support/sessions';
import { DEMO } from '@simveb/platform/demo';
import { graph, router } from '../support/graph';
import { codeSentTo, inbox, lastMessageId } from '../support/sessions';

/**
 * Attacks on signing in, tried through the router as an outsider would.
 * Each test is named after the attack; none may get in.
 */
const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

let seq = 0;
/** A citizen ANIP knows but who has no account yet (the simulator invents one per NPI). */
const freshNpi = (first = '7') => `${first}${String(Date.now() % 1e6).padStart(6, '0')}${String((seq++ * 7 + 500) % 1000).padStart(3, '0')}`;
const anipPhone = (npi: string) => `+22901${npi.slice(-8)}`;
async function anipBirthDate(npi: string): Promise<string> {
  const res = await fetch(`${graph().simulators.anip!.url}/r1/BJ/GOV/ANIP/IDENTITE/CITIZEN_BY_NPI_LITE?npi=${npi}`, { headers: { 'X-Road-Client': 'test' } });
  return ((await res.json()) as { date_naissance: string }).date_naissance;
}
/** Signs a fresh citizen up with a password, confirming with the code sent to ANIP's phone. */
async function citizenWithPassword(password = 'Correct-Horse-2026'): Promise<{ npi: string; phone: string; password: string; accessToken: string; refreshToken: string }> {
  const npi = freshNpi();
  const phone = anipPhone(npi);
  const before = await lastMessageId(phone);
  const res = await router().request(SignUpDocument, { input: { npi, birthDate: await anipBirthDate(npi), password } });
  expect(res.errors).toBeUndefined();
  const v = await router().request(VerifyOtpDocument, { input: { challengeId: res.data!.signUp.challengeId, code: await codeSentTo(phone, before) } });
  expect(v.errors).toBeUndefined();
  return { npi, phone, password, accessToken: v.data!.verifyOtp.accessToken!, refreshToken: v.data!.verifyOtp.refreshToken! };
}

describe('account takeover at sign-up', () => {
  it('sign-up with someone else’s NPI and birth date and your own phone: the code goes to the owner’s phone, never yours', async () => {
    const victim = freshNpi();
    const attackerPhone = '+2290199887766';
    const beforeAttacker = await lastMessageId(attackerPhone);
    const beforeVictim = await lastMessageId(anipPhone(victim));
    const res = await router().request(SignUpDocument, { input: { npi: victim, birthDate: await anipBirthDate(victim), phone: attackerPhone, password: 'Attacker-Password-1' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUp.destination).toBe(`+229 ** ** ** ${anipPhone(victim).slice(-2)}`);
    await codeSentTo(anipPhone(victim), beforeVictim);
    await new Promise((r) => setTimeout(r, 200));
    expect((await inbox(attackerPhone)).filter((m) => m.id > beforeAttacker)).toHaveLength(0);
    // Without the code the attacker has nothing: the password they chose opens nothing.
    const login = await router().request(LoginDocument, { input: { identifier: anipPhone(victim), password: 'Attacker-Password-1' } });
    expect(code(login)).toBe('UNAUTHENTICATED');
  });

  it('NPI squatting: an unconfirmed sign-up does not block the real owner, and its password never takes effect', async () => {
    const npi = freshNpi();
    const phone = anipPhone(npi);
    const birthDate = await anipBirthDate(npi);
    const squat = await router().request(SignUpDocument, { input: { npi, birthDate, password: 'Squatter-Password-1', email: `squat${npi}@evil.example` } });
    expect(squat.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 31_000)); // the resend throttle of one account's codes
    const before = await lastMessageId(phone);
    const owner = await router().request(SignUpDocument, { input: { npi, birthDate, password: 'Owner-Password-2026' } });
    expect(owner.errors).toBeUndefined();
    const v = await router().request(VerifyOtpDocument, { input: { challengeId: owner.data!.signUp.challengeId, code: await codeSentTo(phone, before) } });
    expect(v.errors).toBeUndefined();
    const me = await router({ authorization: `Bearer ${v.data!.verifyOtp.accessToken}` }).request('{ me { status email person { npi } } }');
    expect((me.data as { me: unknown }).me).toEqual({ status: 'ACTIVE', email: null, person: { npi } });
    expect(code(await router().request(LoginDocument, { input: { identifier: phone, password: 'Squatter-Password-1' } }))).toBe('UNAUTHENTICATED');
    expect((await router().request(LoginDocument, { input: { identifier: phone, password: 'Owner-Password-2026' } })).errors).toBeUndefined();
    // And once confirmed, the NPI is taken.
    expect(code(await router().request(SignUpDocument, { input: { npi, birthDate } }))).toBe('CONFLICT');
  }, 60_000);

  it('a citizen ANIP has no phone for is sent to a counter, and nothing is written', async () => {
    const npi = freshNpi('6');
    const res = await router().request(SignUpDocument, { input: { npi, birthDate: await anipBirthDate(npi), phone: '+2290199887766' } });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/counter/);
  });
});

describe('password guessing', () => {
  it('password lockout keys on the normalised identifier: +229…, the bare number and a dotted one share ten tries', async () => {
    const c = await citizenWithPassword();
    const local = c.phone.replace('+229', '');
    const variants = [c.phone, local, `${local.slice(0, 2)}-${local.slice(2, 4)}.${local.slice(4)}`, ` ${local} `];
    for (let i = 0; i < 10; i++) {
      expect(code(await router().request(LoginDocument, { input: { identifier: variants[i % variants.length]!, password: `wrong-${i}-password` } }))).toBe('UNAUTHENTICATED');
    }
    // Locked for every spelling, even with the right password.
    for (const identifier of variants) expect(code(await router().request(LoginDocument, { input: { identifier, password: c.password } }))).toBe('RATE_LIMITED');
  });

  it('parallel password guesses: 30 at once, at most ten are checked', async () => {
    const c = await citizenWithPassword();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => router().request(LoginDocument, { input: { identifier: c.phone, password: `guess-${i}-password` } })));
    const codes = answers.map(code);
    expect(codes.filter((x) => x === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((x) => x === 'RATE_LIMITED')).toHaveLength(20);
  });
});

describe('staff second factor brute force', () => {
  it('login + wrong codes, again and again: ten wrong codes across challenges lock staff sign-in and text the owner', async () => {
    // The demo judge: the run's judge session was opened by the global setup, which this lock does not end.
    const judge = DEMO.persons.judge;
    const before = await lastMessageId(judge.phone);
    for (let round = 0; round < 2; round++) {
      const login = await router().request(LoginDocument, { input: { identifier: judge.email, password: 'Demo-Judge-2026' } });
      expect(login.errors).toBeUndefined();
      const challengeId = login.data!.login.secondFactor!.challengeId;
      for (let i = 0; i < 5; i++) {
        const r = await router().request(VerifyOtpDocument, { input: { challengeId, code: String(100000 + round * 10 + i) } });
        expect(['BAD_USER_INPUT', 'RATE_LIMITED']).toContain(code(r));
      }
    }
    const locked = await router().request(LoginDocument, { input: { identifier: judge.email, password: 'Demo-Judge-2026' } });
    expect(code(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0]!.message).toMatch(/locked/);
    await new Promise((r) => setTimeout(r, 300));
    expect((await inbox(judge.phone)).filter((m) => m.id > before && /bloquée/.test(m.body))).toHaveLength(1);
  });

  it('second-factor challenges cannot be asked for endlessly: the sixth login in 15 minutes is refused', async () => {
    const clerk = DEMO.persons.clerk;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await router().request(LoginDocument, { input: { identifier: clerk.email, password: 'Demo-Clerk-2026' } }));
    // The global setup signed the clerk in once already.
    expect(answers.filter((a) => !a.errors).length).toBeLessThanOrEqual(4);
    expect(code(answers.at(-1)!)).toBe('RATE_LIMITED');
  });
});

describe('sign-in codes', () => {
  it('a citizen’s sign-in codes have a daily cap, and past it the answer looks the same but nothing is sent', async () => {
    const c = await citizenWithPassword();
    const me = await router({ authorization: `Bearer ${c.accessToken}` }).request(MeDocument);
    const redisUrl = graph().redisUrl;
    if (!redisUrl) return;
    const redis = new Redis(redisUrl);
    await redis.set(`simveb:login-failures:login-codes:${me.data!.me!.id}`, '10', 'EX', 86_400);
    redis.disconnect();
    const before = await lastMessageId(c.phone);
    const res = await router().request(RequestOtpDocument, { input: { identifier: c.phone } });
    const unknown = await router().request(RequestOtpDocument, { input: { identifier: '+2290188776655' } });
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data!.requestOtp)).toEqual(Object.keys(unknown.data!.requestOtp));
    await new Promise((r) => setTimeout(r, 300));
    expect((await inbox(c.phone)).filter((m) => m.id > before)).toHaveLength(0);
  });
});

describe('a suspended affiliate', () => {
  it('its members’ tokens stop at once through the router, and their refresh tokens open nothing', async () => {
    const admin = await as('admin');
    const affiliate = await admin.request(CreateAffiliateDocument, { input: { name: `Garage suspendu ${Date.now()}`, kind: 'DEALER' } });
    expect(affiliate.errors).toBeUndefined();
    const affiliateId = affiliate.data!.createAffiliate.id;
    await admin.request(SetAffiliateStatusDocument, { id: affiliateId, status: 'APPROVED' });
    const member = await citizenWithPassword();
    const inv = await admin.request(InviteAffiliateMemberDocument, { input: { affiliateId, npi: member.npi, role: 'AFFILIATE_MEMBER' } });
    const accepted = await router({ authorization: `Bearer ${member.accessToken}` }).request(AcceptInvitationDocument, { invitationId: inv.data!.inviteAffiliateMember.id });
    const switched = await router().request(RefreshTokenDocument, { input: { refreshToken: member.refreshToken, profileId: accepted.data!.acceptInvitation.id } });
    expect(switched.errors).toBeUndefined();
    const asMember = router({ authorization: `Bearer ${switched.data!.refreshToken.accessToken}` });
    expect((await asMember.request('{ me { id } }')).errors).toBeUndefined();

    await admin.request(SetAffiliateStatusDocument, { id: affiliateId, status: 'SUSPENDED' });
    await new Promise((r) => setTimeout(r, 5_500)); // the router trusts an "approved" answer 5 s at most
    const refused = await asMember.request('{ me { id } }');
    expect([refused.status, code(refused)]).toEqual([401, 'UNAUTHENTICATED']);
    const refresh = await router().request(RefreshTokenDocument, { input: { refreshToken: switched.data!.refreshToken.refreshToken! } });
    expect(code(refresh)).toBe('UNAUTHENTICATED');
  }, 30_000);
});

describe('uploads', () => {
  it('one account cannot pile up documents it never files: past its quota of pending uploads (50 by default) it is refused (429)', async () => {
    const c = await citizenWithPassword();
    const { PDF } = await import('../support/demands');
    const upload = () =>
      fetch(new URL('/documents', graph().routerUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${c.accessToken}`, 'content-type': 'application/octet-stream', 'x-document-type': 'NATIONAL_ID', 'x-file-name': 'id.pdf' },
        body: PDF,
      });
    const quota = Number(graph().env.UPLOAD_MAX_PENDING ?? 50);
    for (let i = 0; i < quota; i += 20) {
      const batch = await Promise.all(Array.from({ length: Math.min(20, quota - i) }, () => upload()));
      expect(batch.map((r) => r.status).every((st) => st === 201)).toBe(true);
    }
    const refused = await upload();
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
  }, 60_000);
});

describe('prestige number squatting', () => {
  it('drafts cannot hold the prestige numbers: three unpaid prestige demands per person, then CONFLICT; one per vehicle', async () => {
    const c = await citizenWithPassword();
    const { SimvebClient, SubmitDemandDocument } = await import('@simveb/clients/sdk');
    const { registrableVehicle, requiredDocuments, upload } = await import('../support/demands');
    const me = new SimvebClient(graph().routerUrl, { authorization: `Bearer ${c.accessToken}` });
    const file = async (requestedLabel: string, vehicleId?: string) => {
      const documentIds = await Promise.all(requiredDocuments('IMMATRICULATION_PRESTIGE_LABEL').map(async (t) => (await upload(me, t)).body.id!));
      return me.request(SubmitDemandDocument, {
        input: { serviceCode: 'IMMATRICULATION_PRESTIGE_LABEL', vehicleId: vehicleId ?? (await registrableVehicle()), documentIds, requestedLabel, draft: true } as never,
      });
    };
    const tag = () =>
      `Q${Math.random()
        .toString(36)
        .slice(2, 7)
        .toUpperCase()
        .replace(/[^A-Z]/g, 'Z')}`;
    const vehicle = await registrableVehicle();
    expect((await file(tag(), vehicle)).errors).toBeUndefined();
    expect(code(await file(tag(), vehicle))).toBe('CONFLICT');
    expect((await file(tag())).errors).toBeUndefined();
    expect((await file(tag())).errors).toBeUndefined();
    const fourth = await file(tag());
    expect(code(fourth)).toBe('CONFLICT');
    expect(fourth.errors![0]!.message).toMatch(/unpaid prestige/);
  });
});

describe('housekeeping that closes doors', () => {
  it('an unpaid prestige hold lapses after its hour: the number is free again', async () => {
    const { SubmitDemandDocument } = await import('@simveb/clients/sdk');
    const { registrableVehicle, requiredDocuments, upload } = await import('../support/demands');
    const { db, until } = await import('../support/graph');
    const me = await as('citizen2');
    const label = `H${Math.random()
      .toString(36)
      .slice(2, 7)
      .toUpperCase()
      .replace(/[^A-Z]/g, 'Y')}`;
    const documentIds = await Promise.all(requiredDocuments('IMMATRICULATION_PRESTIGE_LABEL').map(async (t) => (await upload(me, t)).body.id!));
    const filed = await me.request(SubmitDemandDocument, {
      input: { serviceCode: 'IMMATRICULATION_PRESTIGE_LABEL', vehicleId: await registrableVehicle(), documentIds, requestedLabel: label } as never,
    });
    expect(filed.errors).toBeUndefined();
    const free = async () =>
      (await me.request<{ suggestNumbers: { available: boolean } }, { w: string }>('query($w: String!) { suggestNumbers(wanted: $w, first: 1) { available } }', { w: label })).data!.suggestNumbers
        .available;
    expect(await free()).toBe(false);
    // An hour later (the hold's clock set back), still unpaid: the label goes back to everyone.
    await db('registration', (c) => c.query("update prestige_reservation set created_at = now() - interval '2 hours' where demand_id = $1", [filed.data!.submitDemand.id]));
    await until(free, 10_000, 'the lapsed hold released');
  });

  it('an upload never attached to a demand is removed after a day, row and file', async () => {
    const { upload, PDF } = await import('../support/demands');
    const { count, db, until } = await import('../support/graph');
    const up = await upload(await as('citizen2'), 'NATIONAL_ID', PDF);
    expect(up.status).toBe(201);
    await db('registration', (c) => c.query("update document set uploaded_at = now() - interval '2 days' where id = $1", [up.body.id]));
    await until(async () => (await count('registration', 'select count(*) from document where id = $1', [up.body.id])) === 0, 10_000, 'the stale upload removed');
  });
});
