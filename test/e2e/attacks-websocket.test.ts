import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { decodeJwt, importJWK, SignJWT, type JWK } from 'jose';
import { CreateApiKeyDocument, DemandStatusChangedDocument, RevokeApiKeyDocument, SimvebClient } from '@simveb/clients/sdk';
import { AUDIENCE, ISSUER } from '@simveb/platform/auth/token-claims';
import { DEMO } from '@simveb/platform/demo';
import { startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { db, graph } from '../support/graph';
import { as, signIn } from '../support/sessions';

/**
 * Attacks on the router's WebSocket: every protection of HTTP applies to
 * subscriptions too, and a socket's credential is not trusted for its life.
 * A router of its own: few sockets per identity, credentials checked every 2 s.
 */
let ws: { child: Child; url: string };
beforeAll(async () => {
  ws = await startRouterProcess({ ...graph().env, WS_MAX_CONNECTIONS_PER_IDENTITY: '3', WS_RECHECK_SECONDS: '2' }, await freePort(), graph().subgraphUrls, false, 'router-ws');
}, 60_000);
afterAll(async () => {
  if (ws) await stopChild(ws.child);
});

const wsUrl = () => ws.url.replace(/^http/, 'ws');

/** Opens a raw graphql-ws socket, sends connection_init, resolves with the close code (or 'ack'). */
function connect(params: Record<string, unknown> | undefined): Promise<{ socket: WebSocket; outcome: number | 'ack' }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: params })));
    socket.on('message', (m) => {
      if (JSON.parse(String(m)).type === 'connection_ack') resolve({ socket, outcome: 'ack' });
    });
    socket.on('close', (code) => resolve({ socket, outcome: code }));
  });
}

/** Sends one subscribe message on an acknowledged socket and resolves with the first answer. */
function subscribeRaw(socket: WebSocket, query: string, variables: Record<string, unknown> = {}, extensions?: Record<string, unknown>): Promise<{ type: string; payload: unknown }> {
  return new Promise((resolve) => {
    socket.on('message', (m) => {
      const msg = JSON.parse(String(m));
      if (msg.id === '1') resolve(msg);
    });
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables, extensions } }));
  });
}

/** A raw graphql-ws socket straight to registration (what only the router should open). */
function connectRegistration(params: Record<string, unknown> | undefined): Promise<{ socket: WebSocket; outcome: number | 'ack' }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(graph().subgraphUrls.registration.replace(/^http/, 'ws'), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: params })));
    socket.on('message', (m) => {
      if (JSON.parse(String(m)).type === 'connection_ack') resolve({ socket, outcome: 'ack' });
    });
    socket.on('close', (code) => resolve({ socket, outcome: code }));
  });
}

const bearer = async (who: Parameters<typeof signIn>[0]) => ({ authorization: `Bearer ${(await signIn(who)).accessToken}` });

describe('WebSocket attacks', () => {
  it('anonymous sockets are closed at connection_init (4403)', async () => {
    expect((await connect(undefined)).outcome).toBe(4403);
    expect((await connect({ authorization: 'Bearer not.a.token' })).outcome).toBe(4403);
  });

  it('a huge message closes the socket instead of filling the router’s memory', async () => {
    const { socket, outcome } = await connect(await bearer('citizen'));
    expect(outcome).toBe('ack');
    const closed = new Promise<number>((r) => socket.on('close', (code) => r(code)));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `subscription { demandStatusChanged { status } } # ${'x'.repeat(400_000)}` } }));
    expect(await closed).toBe(1009);
  });

  it('depth, cost and operation type are checked on subscribe like on HTTP', async () => {
    const { socket } = await connect(await bearer('manager'));
    let deep = 'id';
    for (let i = 0; i < 5; i++) deep = `holder { ... on Person { vehicles(first: 1) { edges { node { ${deep} } } } } }`;
    const tooDeep = await subscribeRaw(socket, `subscription { demandStatusChanged { demand { vehicle { ${deep} } } } }`);
    expect(tooDeep.type).toBe('error');
    expect((tooDeep.payload as { extensions: { code: string } }[])[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    socket.close();
    const { socket: s2 } = await connect(await bearer('manager'));
    const query = await subscribeRaw(s2, '{ services { code } }');
    expect(query.type).toBe('error');
    expect((query.payload as { extensions: { code: string } }[])[0]!.extensions.code).toBe('BAD_USER_INPUT');
    s2.close();
  });

  it('one identity cannot open sockets without end (4429 past the cap)', async () => {
    const creds = await bearer('citizen2');
    const opened = [];
    for (let i = 0; i < 4; i++) opened.push(await connect(creds));
    expect(opened.slice(0, 3).map((o) => o.outcome)).toEqual(['ack', 'ack', 'ack']);
    expect(opened[3]!.outcome).toBe(4429);
    for (const o of opened) o.socket.close();
  });

  it('a token that expires mid-subscription ends it with UNAUTHENTICATED', async () => {
    // A real citizen token, re-signed by identity's key to expire in 3 s (what a 15-minute token does, sooner).
    const { accessToken } = await signIn('citizen');
    const claims = decodeJwt(accessToken);
    const row = await db('identity', async (c) => (await c.query('select kid, private_jwk from signing_key where retired_at is null order by activates_at desc limit 1')).rows[0]);
    const key = await importJWK(row.private_jwk as JWK, 'ES256');
    const { iat: _iat, exp: _exp, iss: _iss, aud: _aud, sub, ...rest } = claims;
    const now = Math.floor(Date.now() / 1000);
    const short = await new SignJWT(rest)
      .setProtectedHeader({ alg: 'ES256', kid: row.kid, typ: 'JWT' })
      .setSubject(sub!)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 3)
      .sign(key);
    const client = new SimvebClient(ws.url, {}, { authorization: `Bearer ${short}` });
    // Narrowed to a demand nobody moves: the only thing this subscription can receive is its end.
    const sub1 = client.subscribe(DemandStatusChangedDocument, { demandId: '0190a002-0000-7000-8000-0000000000ff' });
    const ended = await sub1.next(10_000);
    expect(ended.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sub1.ended).toBe('complete');
    await client.close();
  });

  it('a revoked API key stops its subscriptions within the recheck', async () => {
    const admin = await as('admin');
    const created = await admin.request(CreateApiKeyDocument, { input: { affiliateId: DEMO.affiliates.bank.id, name: 'ws revocation', scopes: ['demands:read'] } });
    const client = new SimvebClient(ws.url, {}, { authorization: `Bearer ${created.data!.createApiKey.secret}` });
    const live = client.subscribe(DemandStatusChangedDocument, { demandId: '0190a002-0000-7000-8000-0000000000fe' });
    await client.connected();
    await admin.request(RevokeApiKeyDocument, { id: created.data!.createApiKey.key.id });
    const ended = await live.next(10_000);
    expect(ended.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await client.close();
  });

  it('subgraph sockets serve subscriptions only', async () => {
    const client = createClient({ url: graph().subgraphUrls.vehicle.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const result = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: '{ brands { name } }' }, { next: (v) => resolve(v), error: (e) => resolve(e), complete: () => undefined });
    });
    expect(JSON.stringify(result)).not.toContain('"brands":[');
    await client.dispose();
  });

  it('registration’s subscription socket refuses anyone without the router’s internal token', async () => {
    const citizen = `Bearer ${(await signIn('citizen')).accessToken}`;
    expect((await connectRegistration(undefined)).outcome).toBe(4403);
    expect((await connectRegistration({ authorization: citizen })).outcome).toBe(4403);
    expect((await connectRegistration({ internalToken: 'simveb-development-internal-token' })).outcome).toBe(4403);
    // A frame over 256 KB is refused before it is read (1009), token or not.
    const huge = new WebSocket(graph().subgraphUrls.registration.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((r) => huge.on('open', r));
    huge.send(JSON.stringify({ type: 'connection_init', payload: { internalToken: 'x'.repeat(300 * 1024) } }));
    expect(await new Promise((r) => huge.on('close', r))).toBe(1009);
  });

  it('on the router’s socket, an operation without a valid credential of its own is refused', async () => {
    const q = 'subscription { demandStatusChanged { status } }';
    const { socket, outcome } = await connectRegistration({ internalToken: graph().env.INTERNAL_TOKEN });
    expect(outcome).toBe('ack');
    const none = await subscribeRaw(socket, q);
    expect(none.type).toBe('error');
    expect(JSON.stringify(none.payload)).toContain('UNAUTHENTICATED');
    socket.removeAllListeners('message');
    const forged = await subscribeRaw(socket, q, {}, { authorization: 'Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA' });
    expect(forged.type).toBe('error');
    expect(JSON.stringify(forged.payload)).toContain('UNAUTHENTICATED');
    socket.close();
  });

  it('a client cannot narrow or widen its own rights with the shared-execution header', async () => {
    const res = await fetch(graph().routerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(await signIn('citizen')).accessToken}`, 'x-simveb-shared-context': '1' },
      body: JSON.stringify({ query: '{ me { person { displayName } } }' }),
    });
    // The router does not forward it: the citizen's own account still answers.
    expect(((await res.json()) as { data: { me: { person: { displayName: string } } } }).data.me.person.displayName).toBe('Adjoa HOUNKPATIN');
  });

  it('the router’s subscription view names no person, token or account', async () => {
    const client = new SimvebClient(ws.url, { authorization: `Bearer ${(await signIn('citizen')).accessToken}` }, { authorization: `Bearer ${(await signIn('citizen')).accessToken}` });
    const sub = client.subscribe(DemandStatusChangedDocument, {});
    await new Promise((r) => setTimeout(r, 500));
    const view = await (await fetch(new URL('/debug/subscriptions', ws.url))).text();
    expect(view).toContain('CITIZEN');
    expect(view).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(view).not.toMatch(/Bearer|eyJ/);
    await sub.close();
    await client.close();
  });

  it('registration’s roster endpoint answers the internal token only, and not through the router', async () => {
    const base = new URL(graph().subgraphUrls.registration).origin;
    const path = `/internal/agents/${DEMO.persons.agent.id}/centers`;
    expect((await fetch(`${base}${path}`)).status).toBe(401);
    expect((await fetch(`${base}${path}`, { headers: { 'x-internal-token': 'simveb-development-internal-token' } })).status).toBe(401);
    const ok = await fetch(`${base}${path}`, { headers: { 'x-internal-token': graph().env.INTERNAL_TOKEN! } });
    expect(((await ok.json()) as { centers: string[] }).centers.length).toBe(2);
    const junk = await fetch(`${base}/internal/agents/${'x'.repeat(5000)}/centers`, { headers: { 'x-internal-token': graph().env.INTERNAL_TOKEN! } });
    expect(await junk.json()).toEqual({ centers: [] });
    expect((await fetch(new URL(path, graph().routerUrl))).status).toBe(404);
  });
});
