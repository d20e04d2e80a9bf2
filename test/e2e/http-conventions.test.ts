import net from 'node:net';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graph } from '../support/graph';
import { signIn } from '../support/sessions';

/**
 * The router speaks GraphQL over HTTP as the ecosystem expects: browsers of
 * the allowed origins get in, and every client mistake is a 4xx JSON answer
 * with Apollo's standard code (never an HTML page, never a 500).
 */
const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(graph().routerUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
};
const codeOf = (r: Awaited<ReturnType<typeof post>>) => r.body.errors?.[0]?.extensions?.code;

/** Writes a raw HTTP/1.1 request (absolute-form targets cannot be sent with fetch) and returns the status line and body. */
async function raw(target: string, method = 'GET'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(graph().routerUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), body: data.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
    socket.on('error', reject);
  });
}

describe('browsers get in from the allowed origins', () => {
  it('a preflight and a query from http://localhost:5173 succeed; another origin gets no CORS headers', async () => {
    const preflight = await fetch(graph().routerUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const q = await post({ query: '{ services { code } }' }, { origin: 'http://localhost:5173' });
    expect(q.status).toBe(200);
    expect(q.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(q.headers.get('access-control-expose-headers')).toContain('x-ratelimit-remaining');

    const evil = await fetch(graph().routerUrl, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const evilQuery = await post({ query: '{ services { code } }' }, { origin: 'https://evil.example' });
    expect(evilQuery.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CSRF prevention stays: a simple GET without the preflight header is refused', async () => {
    const url = new URL(graph().routerUrl);
    url.searchParams.set('query', '{ services { code } }');
    const res = await fetch(url);
    expect(res.status).toBe(400);
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });
});

describe('each malformed request answers 4xx JSON with the standard code', () => {
  it('invalid JSON: 400 BAD_REQUEST, JSON, no stack', async () => {
    const r = await post('{"query": "{ services { code } }"');
    expect([r.status, codeOf(r)]).toEqual([400, 'BAD_REQUEST']);
    expect(r.text).not.toMatch(/at .*\.js|<html|<pre/i);
  });

  it('a syntax error: 400 GRAPHQL_PARSE_FAILED', async () => {
    const r = await post({ query: '{ services { code }' });
    expect([r.status, codeOf(r)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
  });

  it('an unknown field: 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const r = await post({ query: '{ services { nope } }' });
    expect([r.status, codeOf(r)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('an unknown operationName: 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const r = await post({ query: 'query A { services { code } }', operationName: 'B' });
    expect([r.status, codeOf(r)]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
  });

  it('a variable of the wrong type, or a required one missing: 400 BAD_USER_INPUT', async () => {
    const { client } = await signIn('manager');
    const q = 'query($first: Int) { vehicles(first: $first) { totalCount } }';
    const wrong = await post({ query: q, variables: { first: 'ten' } }, client.headers);
    expect([wrong.status, codeOf(wrong)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(wrong.body.errors![0]!.message).toMatch(/\$first/);
    const missing = await post({ query: 'query($id: ID!) { demand(id: $id) { id } }' }, client.headers);
    expect([missing.status, codeOf(missing)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('a query past the depth limit: 400 QUERY_TOO_COMPLEX', async () => {
    const deep = `{ me { person { ${'vehicles(first: 1) { edges { node { holder { ... on Person { '.repeat(3)} id ${'} } } } } '.repeat(3)} } } }`;
    const r = await post({ query: deep });
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('an unknown persisted document id: 400 PERSISTED_QUERY_NOT_FOUND', async () => {
    const r = await post({ documentId: 'sha256:0000000000000000000000000000000000000000000000000000000000000000' });
    expect([r.status, codeOf(r)]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
  });

  it('no error carries internal extensions', async () => {
    const { client } = await signIn('citizen');
    // A field that needs rights the caller lacks, next to one that works: partial data, one error.
    const r = await post({ query: '{ services { code } demandStats { total } }' }, client.headers);
    expect(r.status).toBe(200);
    for (const e of r.body.errors ?? []) expect(Object.keys(e.extensions ?? {})).not.toContain('valueCompletion');
    expect(JSON.stringify(r.body)).not.toMatch(/valueCompletion|stacktrace|serviceName/);
  });

  it('an unknown route answers JSON 404; document errors have the GraphQL error shape', async () => {
    const base = new URL(graph().routerUrl).origin;
    const nope = await fetch(`${base}/nope`);
    expect(nope.status).toBe(404);
    expect(((await nope.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    const upload = await fetch(`${base}/documents`, { method: 'POST', headers: { 'x-document-type': 'NATIONAL_ID' }, body: Buffer.from('%PDF-1.4') });
    expect(upload.status).toBe(401);
    expect(((await upload.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the documents proxy reaches the owning subgraph’s document routes only', () => {
  it('an absolute-form request target is refused and the SMS sink is never read', async () => {
    const sink = graph().simulators.messaging!.url;
    const r = await raw(`${sink}/documents/../messages?to=%2B22990000003`);
    expect(r.status).toBe(400);
    expect(r.body).not.toMatch(/"to"|SIMVEB/);
  });

  it('dot segments, encoded or not, and unknown document kinds are 404', async () => {
    for (const target of [
      '/documents/..%2F..%2Fdebug%2Fsql',
      '/documents/%2e%2e/%2e%2e/internal/events',
      '/documents/gray-cards/..%2F..%2Finternal%2Fevents',
      '/documents/secrets/0190a000-0000-7000-8000-000000000001.pdf',
    ]) {
      const res = await raw(target);
      expect(res.status, target).toBe(404);
      expect(res.body).not.toMatch(/"events"|"statements"/);
    }
  });
});

describe('what client libraries add to every query', () => {
  it('__typename beside a field of an @interfaceObject (Party.vehicles) keeps the concrete type instead of nulling the object', async () => {
    const { client } = await signIn('citizen');
    const r = await post({ query: '{ me { __typename person { __typename id vehicles(first: 1) { __typename totalCount } } } }' }, client.headers);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toMatchObject({ me: { __typename: 'Account', person: { __typename: 'Person', vehicles: { __typename: 'HeldVehicleConnection', totalCount: expect.any(Number) } } } });
  });
});

describe('Apollo automatic persisted queries', () => {
  it('hash first, then text and hash, then the hash alone', async () => {
    const query = `{ services { code } __typename }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const miss = await post({ extensions: ext });
    expect(codeOf(miss)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await post({ query, extensions: ext });
    expect(register.body.errors).toBeUndefined();
    const hit = await post({ extensions: ext });
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data).toEqual(register.body.data);
  });
});
