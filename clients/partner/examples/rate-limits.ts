/**
 * The budget: every answer says what the request cost (X-Query-Cost) and what
 * is left of your hourly points (X-RateLimit-Limit, -Remaining, -Reset). When
 * it is spent the graph answers 429 with Retry-After; the client waits when
 * that is short and stops with the time to come back when it is not.
 *
 *   SIMVEB_API_KEY=sk_... npx tsx clients/partner/examples/rate-limits.ts [requests]
 */
import { GraphError, clientFromEnv } from '../src/partner-client';

const client = clientFromEnv({ maxWaitSeconds: 5, retries: 1 });
const requests = Number(process.argv[2] ?? 5);
for (let i = 1; i <= requests; i++) {
  try {
    const { budget } = await client.query('{ vehicles(first: 20) { edges { node { vin plate { number } } } } }');
    console.log(`request ${i}: cost ${budget.cost}, ${budget.remaining}/${budget.limit} points left, renews in ${budget.resetInSeconds} s`);
  } catch (err) {
    if (err instanceof GraphError && err.code === 'RATE_LIMITED') {
      console.log(`request ${i}: budget spent (HTTP ${err.status}); come back in ${err.budget.resetInSeconds} s`);
      break;
    }
    throw err;
  }
}
