import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInput, Forbidden } from '../errors';
import { graphqlOverHttp } from './graphql-over-http';

/**
 * The lean path must answer every request the router sends exactly as Apollo
 * Server did: the same request goes to both, mounted side by side over the
 * same schema and formatError, and status and body must be equal.
 */
const schema: GraphQLSchema = buildSchema(`
  enum Color { RED GREEN }
  input Filter { color: Color!, first: Int! }
  type Item { id: ID!, name: String!, secret: String, color: Color }
  type Query {
    item(id: ID!): Item
    items(filter: Filter): [Item!]!
    boom: String
    refused: String
    invalidInput: String
    partial: [Item]
  }
  type Mutation { rename(id: ID!, name: String!): Item }
  type Subscription { ticks: Int }
`);
const rootValue = {
  item: ({ id }: { id: string }) => (id === 'none' ? null : { id, name: `item ${id}`, secret: () => null, color: 'RED' }),
  items: ({ filter }: { filter?: { color: string; first: number } }) => Array.from({ length: filter?.first ?? 2 }, (_, i) => ({ id: String(i), name: `n${i}`, color: filter?.color ?? 'GREEN' })),
  boom: () => {
    throw new Error('database exploded at 10.0.0.3');
  },
  refused: () => {
    throw new Forbidden('You may not see this.');
  },
  invalidInput: () => {
    throw BadInput.field('plate', 'Not a plate number.');
  },
  partial: () => [
    { id: '1', name: 'one' },
    { id: '2', name: null },
  ],
  rename: ({ id, name }: { id: string; name: string }) => ({ id, name }),
};
// buildSchema's resolvers come from the root value: executed with it on both paths.
for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
  for (const field of Object.values(type.getFields())) {
    const resolve = rootValue[field.name as keyof typeof rootValue] as (args: never) => unknown;
    field.resolve = (_src, args) => resolve(args as never);
  }
}

describe('subgraph GraphQL over HTTP without Apollo Server', () => {
  let server: http.Server;
  let apollo: ApolloServer;
  let base: string;

  beforeAll(async () => {
    const { formatError } = await import('../errors');
    apollo = new ApolloServer({ schema, introspection: false, includeStacktraceInErrorResponses: false, formatError });
    await apollo.start();
    const app = express();
    app.use('/lean', graphqlOverHttp({ schema, introspection: false, context: async () => ({}) }));
    app.use('/apollo', express.json({ limit: '2mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await apollo.stop();
    await new Promise((r) => server.close(r));
  });

  const post = async (path: string, body: string) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const both = async (body: unknown) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const [lean, reference] = await Promise.all([post('/lean', text), post('/apollo', text)]);
    return { lean, reference };
  };

  const SAME: [string, unknown][] = [
    ['a query', { query: '{ item(id: "7") { id name secret color } }' }],
    ['a null entity', { query: 'query Q($id: ID!) { item(id: $id) { id } }', variables: { id: 'none' } }],
    ['input objects and enums from variables', { query: 'query($f: Filter) { items(filter: $f) { id color } }', variables: { f: { color: 'RED', first: 3 } } }],
    ['a mutation', { query: 'mutation R { rename(id: "1", name: "x") { id name } }', operationName: 'R' }],
    ['the operation named among several', { query: 'query A { boom } query B { item(id: "1") { id } }', operationName: 'B' }],
    ['an internal error, masked', { query: '{ boom item(id: "1") { id } }' }],
    ['a domain error with its code', { query: '{ refused }' }],
    ['a field error with its fields', { query: '{ invalidInput }' }],
    ['a null in a non-null field: partial data and the path', { query: '{ partial { id name } }' }],
    ['a syntax error', { query: '{ item(id: ' }],
    ['a validation error', { query: '{ item(id: "1") { nope } }' }],
    ['a missing variable', { query: 'query($id: ID!) { item(id: $id) { id } }' }],
    ['a variable of the wrong type', { query: 'query($f: Filter) { items(filter: $f) { id } }', variables: { f: { color: 'BLUE', first: 'x' } } }],
    ['several operations and no name', { query: 'query A { boom } query B { boom }' }],
    ['an unknown operation name', { query: '{ boom }', operationName: 'Nope' }],
    ['no query', { variables: {} }],
    ['an empty query', { query: '' }],
  ];
  for (const [what, body] of SAME) {
    it(`answers ${what} as Apollo Server did`, async () => {
      const { lean, reference } = await both(body);
      expect(lean.status).toBe(reference.status);
      expect(lean.body).toEqual(reference.body);
      expect(lean.type).toMatch(/^application\/json/);
    });
  }

  it('refuses introspection when it is off, with the same code and status', async () => {
    const { lean, reference } = await both({ query: '{ __schema { types { name } } }' });
    expect(lean.status).toBe(reference.status);
    expect(lean.body.errors?.map((e) => e.extensions?.code)).toEqual(reference.body.errors?.map((e) => e.extensions?.code));
  });

  it('refuses batches, malformed JSON, wrong variables and bodies over the limit with a 4xx in JSON', async () => {
    for (const body of ['[{"query":"{ boom }"}]', '{"query":', '"just a string"', '{"query":"{ boom }","variables":[1]}', '{"query":"{ boom }","operationName":5}']) {
      const { status, body: answer } = await post('/lean', body);
      expect(status, body).toBe(400);
      expect(answer.errors?.[0]?.extensions?.code, body).toBe('BAD_REQUEST');
    }
    const huge = await post('/lean', JSON.stringify({ query: `{ boom } # ${'x'.repeat(3 * 1024 * 1024)}` }));
    expect(huge.status).toBe(413);
    expect(huge.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('refuses a subscription over HTTP', async () => {
    const { status, body } = await post('/lean', JSON.stringify({ query: 'subscription { ticks }' }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('leaves what it does not serve (GET) to the next handler', async () => {
    const res = await fetch(`${base}/lean?query=${encodeURIComponent('{ boom }')}`);
    expect(res.status).toBe(404);
  });
});
