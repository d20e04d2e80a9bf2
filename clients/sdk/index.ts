// `.js` specifiers: the published declarations (dist/*.d.ts) must resolve under Node's ESM rules too.
export * from './client.js';
export * from './generated/graphql.js';
