import { describe, expect, it } from 'vitest';
import { auditServer } from 'graphql-http';
import { graph } from '../support/graph';

/** The GraphQL-over-HTTP spec's own audit, run against the router: every MUST and SHOULD. */
describe('GraphQL over HTTP conformance (graphql-http auditServer)', () => {
  it('0 errors, 0 warnings', async () => {
    const results = await auditServer({ url: graph().routerUrl });
    const report = (status: string) => results.filter((r) => r.status === status).map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(report('error')).toEqual([]);
    expect(report('warn')).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });
});
