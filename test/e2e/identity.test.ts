import { exportJWK, generateKeyPair, SignJWT, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  AcceptInvitationDocument,
  CreateApiKeyDocument,
  GrantStaffRoleDocument,
  InviteAffiliateMemberDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RefreshTokenDocument,
  RequestOtpDocument,
  RevokeApiKeyDocument,
  RequestHolderConsentDocument,
  SignUpDocument,
  SimvebClient,
  SubmitDemandDocument,
  VerifyOtpDocument,
} from '@simveb/clients/sdk';
import { DEMO } from '@simveb/platform/demo';
import { count, db, graph, router, until } from '../support/graph';
import { outsideServiceOfItsOwn } from '../support/outside-service';
import { holderConsent } from '../support/demands';
import { as, codeSentTo, inbox, lastMessageId, signIn } from '../support/sessions';

const DEMO_BANK_ID = '0190a000-0000-7000-8000-000000000201';
const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

/** A brand-new citizen (ANIP's simulator invents one for any NPI not starting with 9). */
let npiSeq = 0;
function newNpi(): string {
  return `7${String(Date.now() % 1e6).padStart(6, '0')}${String(npiSeq++ % 1000).padStart(3, '0')}`;
}
async function anipBirthDate(npi: string): Promise<string> {
  const res = await fetch(`${graph().simulators.anip!.url}/r1/BJ/GOV/ANIP/IDENTITE/CITIZEN_BY_NPI_LITE?npi=${npi}`, { headers: { 'X-Road-Client': 'test' } });
  return ((await res.json()) as { date_naissance: string }).date_naissance;
}
async function signUpCitizen(password?: string) {
  const npi = newNpi();
  const phone = `+22901${npi.slice(-8)}`;
  const before = await lastMessageId(phone);
  const res = await router().request(SignUpDocument, { input: { npi, phone, birthDate: await anipBirthDate(npi), password } });
  expect(res.errors).toBeUndefined();
  const c = await codeSentTo(phone, before);
  const v = await router().request(VerifyOtpDocument, { input: { challengeId: res.data!.signUp.challengeId, code: c } });
  expect(v.errors).toBeUndefined();
  return { npi, phone, tokens: v.data!.verifyOtp };
}

describe('signing in', () => {
  it('by password: tokens that open the graph', async () => {
    const res = await router().request(LoginDocument, { input: { identifier: 'citizen2@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.stringMatching(/^rt_/), account: { roles: ['CITIZEN'] } });
    const me = await router({ authorization: `Bearer ${res.data!.login.accessToken}` }).request(MeDocument);
    expect(me.data!.me!.person).toMatchObject({ npi: DEMO.persons.citizen2.npi });
  });

  it('a wrong password is UNAUTHENTICATED and says nothing about which part was wrong', async () => {
    const a = await router().request(LoginDocument, { input: { identifier: 'citizen2@demo.simveb.bj', password: 'nope-nope-nope' } });
    const b = await router().request(LoginDocument, { input: { identifier: 'nobody@demo.simveb.bj', password: 'nope-nope-nope' } });
    expect([code(a), code(b)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(a.errors![0]!.message).toBe(b.errors![0]!.message);
  });

  it('staff need the code after the password', async () => {
    // The administrator, whom no browser test signs in: a code sent to the manager's phone here could be
    // the one the browser's manager sign-in reads as its own (it takes the newest code to that phone).
    const res = await router().request(LoginDocument, { input: { identifier: 'admin@demo.simveb.bj', password: 'Demo-Admin-2026' } });
    expect(res.data!.login).toMatchObject({ accessToken: null, refreshToken: null, secondFactor: { challengeId: expect.any(String) } });
  });

  it('by one-time code sent by SMS', async () => {
    const { phone, tokens } = await signUpCitizen();
    expect(tokens.accessToken).toBeTruthy();
    const before = await lastMessageId(phone);
    const req = await router().request(RequestOtpDocument, { input: { identifier: phone } });
    expect(req.data!.requestOtp.destination).toMatch(/\*\*/);
    const v = await router().request(VerifyOtpDocument, { input: { challengeId: req.data!.requestOtp.challengeId, code: await codeSentTo(phone, before) } });
    expect(v.errors).toBeUndefined();
    expect(v.data!.verifyOtp.account.roles).toEqual(['CITIZEN']);
  });

  it('a code sent for account A is useless for account B', async () => {
    const a = await signUpCitizen();
    const b = await signUpCitizen();
    const beforeA = await lastMessageId(a.phone);
    const beforeB = await lastMessageId(b.phone);
    const ra = await router().request(RequestOtpDocument, { input: { identifier: a.phone } });
    const rb = await router().request(RequestOtpDocument, { input: { identifier: b.phone } });
    const codeA = await codeSentTo(a.phone, beforeA);
    const codeB = await codeSentTo(b.phone, beforeB);
    if (codeA === codeB) return; // one chance in a million: nothing to prove
    const crossed = await router().request(VerifyOtpDocument, { input: { challengeId: rb.data!.requestOtp.challengeId, code: codeA } });
    expect(code(crossed)).toBe('BAD_USER_INPUT');
    expect(crossed.data).toBeNull();
    // A's own challenge still works with A's code: the wrong try did not consume it.
    const ok = await router().request(VerifyOtpDocument, { input: { challengeId: ra.data!.requestOtp.challengeId, code: codeA } });
    expect(ok.errors).toBeUndefined();
  });

  it('five wrong codes lock the code: the sixth try is refused even with the right code', async () => {
    const { phone } = await signUpCitizen();
    const before = await lastMessageId(phone);
    const req = await router().request(RequestOtpDocument, { input: { identifier: phone } });
    const right = await codeSentTo(phone, before);
    const wrong = right === '000000' ? '111111' : '000000';
    const challengeId = req.data!.requestOtp.challengeId;
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await router().request(VerifyOtpDocument, { input: { challengeId, code: wrong } });
      expect(code(r)).toBe('BAD_USER_INPUT');
      messages.push(r.errors![0]!.message);
    }
    expect(messages[0]).toMatch(/4 attempts left/);
    expect(messages[4]).toMatch(/locked/);
    const sixth = await router().request(VerifyOtpDocument, { input: { challengeId, code: right } });
    expect(code(sixth)).toBe('RATE_LIMITED');
  });

  it('an expired code is refused', async () => {
    const { phone } = await signUpCitizen();
    const before = await lastMessageId(phone);
    const req = await router().request(RequestOtpDocument, { input: { identifier: phone } });
    const c = await codeSentTo(phone, before);
    await db('identity', (pg) => pg.query("update otp_challenge set expires_at = now() - interval '1 second' where id = $1", [req.data!.requestOtp.challengeId]));
    const r = await router().request(VerifyOtpDocument, { input: { challengeId: req.data!.requestOtp.challengeId, code: c } });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/expired/);
  });

  it('codes cannot be requested back to back (the second request answers as usual, so it says nothing about the account, but sends nothing)', async () => {
    const { phone } = await signUpCitizen();
    const before = await lastMessageId(phone);
    await router().request(RequestOtpDocument, { input: { identifier: phone } });
    await codeSentTo(phone, before);
    const sent = (await inbox(phone)).length;
    const again = await router().request(RequestOtpDocument, { input: { identifier: phone } });
    expect(again.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 300));
    expect((await inbox(phone)).length).toBe(sent);
  });
});

describe('tokens', () => {
  it('refresh tokens rotate; reusing an old one closes the whole session', async () => {
    const login = await router().request(LoginDocument, { input: { identifier: 'citizen2@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
    const rt1 = login.data!.login.refreshToken!;
    const r2 = await router().request(RefreshTokenDocument, { input: { refreshToken: rt1 } });
    const rt2 = r2.data!.refreshToken.refreshToken!;
    expect(rt2).not.toBe(rt1);
    const r3 = await router().request(RefreshTokenDocument, { input: { refreshToken: rt2 } });
    const rt3 = r3.data!.refreshToken.refreshToken!;
    expect(r3.errors).toBeUndefined();

    const replay = await router().request(RefreshTokenDocument, { input: { refreshToken: rt1 } });
    expect(code(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors![0]!.message).toMatch(/already used/);
    const afterTheft = await router().request(RefreshTokenDocument, { input: { refreshToken: rt3 } });
    expect(code(afterTheft)).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token', async () => {
    const login = await router().request(LoginDocument, { input: { identifier: 'citizen2@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
    const rt = login.data!.login.refreshToken!;
    expect((await router().request(LogoutDocument, { input: { refreshToken: rt } })).data!.logout).toBe(true);
    expect(code(await router().request(RefreshTokenDocument, { input: { refreshToken: rt } }))).toBe('UNAUTHENTICATED');
  });

  it('a token signed by a key identity never published is refused', async () => {
    const real = (await signIn('citizen')).accessToken;
    const { kid } = decodeProtectedHeader(real);
    const { privateKey } = await generateKeyPair('ES256');
    const claims = JSON.parse(Buffer.from(real.split('.')[1]!, 'base64url').toString());
    const forged = await new SignJWT({ ...claims, rol: ['ADMIN'] }).setProtectedHeader({ alg: 'ES256', kid }).sign(privateKey);
    const res = await router({ authorization: `Bearer ${forged}` }).request(MeDocument);
    expect(res.status).toBe(401);
    expect(code(res)).toBe('UNAUTHENTICATED');
    // And straight at a subgraph, which must not trust the router blindly either.
    const direct = await fetch(graph().subgraphUrls.registration, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
      body: JSON.stringify({ query: '{ demands(first: 1) { totalCount } }' }),
    });
    expect(direct.status).toBe(401);
    void exportJWK;
  });

  it('an unsigned or malformed token is refused', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","rol":["ADMIN"]}').toString('base64url')}.`;
    for (const t of [none, 'garbage']) {
      const res = await router({ authorization: `Bearer ${t}` }).request(MeDocument);
      expect(code(res)).toBe('UNAUTHENTICATED');
    }
  });

  it('rotating the signing key logs nobody out', async () => {
    const before = await signIn('citizen');
    const rotated = await (await as('admin')).request('mutation { rotateSigningKey }');
    expect(rotated.errors).toBeUndefined();
    const oldKid = decodeProtectedHeader(before.accessToken).kid;
    expect((rotated.data as { rotateSigningKey: string }).rotateSigningKey).not.toBe(oldKid);
    expect((await before.client.request(MeDocument)).data!.me).not.toBeNull();
    // Identity caches its keys briefly; a sign-in soon uses the new one, and it verifies everywhere.
    await until(
      async () => {
        await new Promise((r) => setTimeout(r, 500));
        const l = await router().request(LoginDocument, { input: { identifier: 'citizen2@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
        expect(l.errors).toBeUndefined();
        // Another test may rotate too; what matters is that the old key no longer signs.
        return decodeProtectedHeader(l.data!.login.accessToken!).kid !== oldKid;
      },
      40_000,
      'tokens signed with the new key',
    );
    const l = await router().request(LoginDocument, { input: { identifier: 'citizen2@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
    const res = await router({ authorization: `Bearer ${l.data!.login.accessToken}` }).request('{ me { id } demands(first: 1) { totalCount } }');
    expect(res.errors).toBeUndefined();
  }, 60_000);
});

describe('partner API keys', () => {
  it('work until revoked, and are refused from the next request on', async () => {
    const admin = await as('admin');
    const created = await admin.request(CreateApiKeyDocument, { input: { affiliateId: DEMO_BANK_ID, name: 'integration test', scopes: ['vehicles:read'] } });
    expect(created.errors).toBeUndefined();
    const { secret, key } = created.data!.createApiKey;
    expect(secret).toMatch(/^sk_[0-9a-f]{12}_/);
    expect(await count('identity', 'select count(*) from api_key where secret_hash like $1', [`%${secret.slice(-10)}%`])).toBe(0);
    const partner = router({ authorization: `Bearer ${secret}` });
    const ok = await partner.request('{ vehicles(first: 2) { totalCount edges { node { vin } } } }');
    expect(ok.errors).toBeUndefined();
    const revoked = await admin.request(RevokeApiKeyDocument, { id: key.id });
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy();
    const after = await partner.request('{ vehicles(first: 2) { totalCount } }');
    expect(after.status).toBe(401);
    expect(code(after)).toBe('UNAUTHENTICATED');
  });

  it('a key without a scope is FORBIDDEN what the scope guards', async () => {
    const admin = await as('admin');
    const created = await admin.request(CreateApiKeyDocument, { input: { affiliateId: DEMO_BANK_ID, name: 'demands only', scopes: ['demands:read'] } });
    const partner = router({ authorization: `Bearer ${created.data!.createApiKey.secret}` });
    expect(code(await partner.request('{ vehicles(first: 2) { totalCount } }'))).toBe('FORBIDDEN');
  });
});

describe('affiliates and roles', () => {
  it('an admin invites a person into an affiliate; the person accepts and acts for it', async () => {
    const { npi, tokens } = await signUpCitizen('A-long-password-1');
    const inv = await (await as('admin')).request(InviteAffiliateMemberDocument, { input: { affiliateId: DEMO_BANK_ID, npi, role: 'AFFILIATE_MEMBER' } });
    expect(inv.errors).toBeUndefined();
    const me = router({ authorization: `Bearer ${tokens.accessToken}` });
    const accepted = await me.request(AcceptInvitationDocument, { invitationId: inv.data!.inviteAffiliateMember.id });
    expect(accepted.data!.acceptInvitation).toMatchObject({ kind: 'AFFILIATE', roles: ['AFFILIATE_MEMBER'], affiliate: { name: 'Banque Démo du Bénin' } });
    // Switch profile with the refresh token.
    const switched = await router().request(RefreshTokenDocument, { input: { refreshToken: tokens.refreshToken!, profileId: accepted.data!.acceptInvitation.id } });
    expect(switched.data!.refreshToken.profile).toMatchObject({ kind: 'AFFILIATE' });
    // A member cannot invite (only admins of the affiliate can), so cannot grant more than they hold.
    const member = router({ authorization: `Bearer ${switched.data!.refreshToken.accessToken}` });
    const again = await member.request(InviteAffiliateMemberDocument, { input: { affiliateId: DEMO_BANK_ID, npi: newNpi(), role: 'AFFILIATE_ADMIN' } });
    expect(code(again)).toBe('FORBIDDEN');
  });

  it('nobody invites themself or grants themself a role', async () => {
    const selfInvite = await (
      await as('bank')
    ).request(InviteAffiliateMemberDocument, {
      input: { affiliateId: DEMO_BANK_ID, npi: DEMO.persons.bank.npi, role: 'AFFILIATE_ADMIN' },
    });
    expect(code(selfInvite)).toBe('FORBIDDEN');
    const selfGrant = await (await as('admin')).request(GrantStaffRoleDocument, { input: { npi: DEMO.persons.admin.npi, role: 'SERVICE_HEAD' } });
    expect(code(selfGrant)).toBe('FORBIDDEN');
    const citizenGrants = await (await as('citizen')).request(GrantStaffRoleDocument, { input: { npi: DEMO.persons.citizen2.npi, role: 'ADMIN' } });
    expect(code(citizenGrants)).toBe('FORBIDDEN');
  });

  it('an invitation is accepted only by the person it names', async () => {
    const inv = await (await as('admin')).request(InviteAffiliateMemberDocument, { input: { affiliateId: DEMO_BANK_ID, npi: newNpi(), role: 'AFFILIATE_MEMBER' } });
    const stolen = await (await as('citizen')).request(AcceptInvitationDocument, { invitationId: inv.data!.inviteAffiliateMember.id });
    expect(code(stolen)).toBe('NOT_FOUND');
  });
});

describe('owner consent', () => {
  it('an affiliate files for a holder only with the code the holder received', async () => {
    const bank = await as('bank');
    const input = { serviceCode: 'PLEDGE', vehicleId: DEMO.vehicleId(1), applicantId: DEMO.persons.citizen.id, draft: true };
    const without = await bank.request(SubmitDemandDocument, { input });
    expect(code(without)).toBe('FORBIDDEN');

    // The bank asks, the holder's phone gets the code, the bank confirms with it (throttled resends are waited out).
    const before = await lastMessageId(DEMO.persons.citizen.phone);
    const token = await holderConsent('citizen', { serviceCode: input.serviceCode, vehicleId: input.vehicleId });
    // The SMS says who asks, so a holder called by someone else claiming to be the bank can tell.
    const asked = (await inbox(DEMO.persons.citizen.phone)).filter((m) => m.id > before && /demande à agir/.test(m.body));
    expect(asked.length).toBeGreaterThan(0);
    for (const m of asked) expect(m.body).toMatch(/^SIMVEB : « (Banque Démo du Bénin|Auto Démo Cotonou) » demande à agir pour votre véhicule\. .* : \d{6}\.$/);
    expect(asked.some((m) => m.body.includes(`« ${DEMO.affiliates.bank.name} »`))).toBe(true);
    // The consent is for that holder, that service and that vehicle only.
    const other = await bank.request(SubmitDemandDocument, { input: { ...input, applicantId: DEMO.persons.citizen2.id, consentToken: token } });
    expect(code(other)).toBe('FORBIDDEN');
    const otherService = await bank.request(SubmitDemandDocument, { input: { ...input, serviceCode: 'PLEDGE_LIFT', consentToken: token } });
    expect(code(otherService)).toBe('FORBIDDEN');
    const otherVehicle = await bank.request(SubmitDemandDocument, { input: { ...input, vehicleId: DEMO.vehicleId(2), consentToken: token } });
    expect(code(otherVehicle)).toBe('FORBIDDEN');
    const filed = await bank.request(SubmitDemandDocument, { input: { ...input, consentToken: token } });
    expect(filed.errors).toBeUndefined();
    // And it is used up: a second demand with it is refused, nothing filed.
    const again = await bank.request(SubmitDemandDocument, { input: { ...input, consentToken: token } });
    expect(code(again)).toBe('CONFLICT');
  });

  it('consent requests answer alike whether the NPI exists or not', async () => {
    const bank = await as('bank');
    const scope = { serviceCode: 'PLEDGE', vehicleId: DEMO.vehicleId(1) };
    const unknown = await bank.request(RequestHolderConsentDocument, { input: { holderNpi: '9999999999', ...scope } });
    expect(unknown.errors).toBeUndefined();
    expect(Object.keys(unknown.data!.requestHolderConsent)).toEqual(['challengeId', 'destination', 'expiresAt']);
  });
});

describe('signing up against ANIP', () => {
  it('an unknown NPI or a birth date that does not match is refused', async () => {
    const unknown = await router().request(SignUpDocument, { input: { npi: '9000000001', phone: '+2290100000001', birthDate: '1990-01-01' } });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'npi' }] });
    const npi = newNpi();
    const mismatch = await router().request(SignUpDocument, { input: { npi, phone: `+22901${npi.slice(-8)}`, birthDate: '1901-01-01' } });
    expect(mismatch.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'birthDate' }] });
    expect(await count('identity', 'select count(*) from person where npi = $1', [npi])).toBe(0);
  });

  describe('when ANIP is down', () => {
    it('sign-up fails with UPSTREAM_UNAVAILABLE and writes nothing; back up, it works without restarting anything', async () => {
      // An ANIP of this test's own: the files running beside it keep signing people up on the suite's.
      const anip = await outsideServiceOfItsOwn('identity', 'anip');
      const signUp = (input: { npi: string; phone: string; birthDate: string }) => new SimvebClient(anip.routerUrl).request(SignUpDocument, { input });
      try {
        await anip.down();
        const npi = newNpi();
        const phone = `+22901${npi.slice(-8)}`;
        const down = await signUp({ npi, phone, birthDate: '1990-01-01' });
        expect(code(down)).toBe('UPSTREAM_UNAVAILABLE');
        expect(down.errors![0]!.message).toMatch(/ANIP/);
        // Other test files sign people up meanwhile: look for this person's traces only.
        expect(await count('identity', 'select count(*) from account where phone = $1', [phone])).toBe(0);
        expect(await count('identity', 'select count(*) from person where npi = $1', [npi])).toBe(0);
        await anip.up();
        // The circuit breaker half-opens after a second; the next sign-up goes through.
        await until(async () => !(await signUp({ npi, phone, birthDate: await anipBirthDate(npi) })).errors, 10_000, 'sign-up to work again');
      } finally {
        await anip.close();
      }
    }, 90_000);
  });
});
