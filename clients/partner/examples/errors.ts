/**
 * What each error looks like and what to do about it: the graph answers every
 * mistake with a code in `errors[].extensions.code` (and an HTTP status for
 * the request-level ones). Each case below is provoked on purpose.
 *
 *   SIMVEB_API_KEY=sk_... npx tsx clients/partner/examples/errors.ts
 */
import { GraphError, PartnerClient, WHAT_TO_DO, clientFromEnv } from '../src/partner-client';

const client = clientFromEnv({ retries: 0, maxWaitSeconds: 0 });
const url = process.env.SIMVEB_GRAPH_URL ?? 'http://127.0.0.1:4000/graphql';

async function show(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
    console.log(`${what}: no error`);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    console.log(`${what}: HTTP ${err.status} ${err.code} — ${WHAT_TO_DO[err.code ?? ''] ?? err.message}`);
  }
}

await show('a revoked or invented key', () => new PartnerClient({ url, apiKey: 'sk_000000000000_not-a-real-key-at-all-000000000', retries: 0 }).query('{ __typename }'));
await show('a field the schema does not have', () => client.query('{ vehicles(first: 1) { edges { node { colour } } } }'));
await show('a malformed query', () => client.query('{ vehicles(first: 1) { edges { node { vin } }'));
await show('a page bigger than allowed', () => client.query('query($n: Int!) { vehicles(first: $n) { edges { node { vin } } } }', { n: 1_000 }));
await show('too much in one request', () =>
  client.query(`{ ${Array.from({ length: 25 }, (_, i) => `p${i}: vehicles(first: 100) { edges { node { vin plate { number } holder { displayName } } } }`).join(' ')} }`),
);
await show('something your scopes do not cover', () => client.query('{ demandStats { total overdue } }'));
