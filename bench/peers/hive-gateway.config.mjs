// Hive Gateway as its documentation sets it up for a graph whose subgraphs
// authorise each request themselves: the client's Authorization header
// propagated to every subgraph. Everything else stays at its defaults
// (in-flight request deduplication included).
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
  graphiql: false,
  landingPage: false,
});
