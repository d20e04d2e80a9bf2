/**
 * Paging through the register with cursors: `first` (at most 100) and `after`
 * (the previous page's endCursor) until hasNextPage is false. Each page's
 * cost is printed: larger pages cost more points per request, not per vehicle.
 *
 *   SIMVEB_API_KEY=sk_... npx tsx clients/partner/examples/page-vehicles.ts [pageSize] [maxPages]
 */
import { clientFromEnv } from '../src/partner-client';

const PAGE = /* GraphQL */ `
  query VehiclesPage($first: Int!, $after: String) {
    vehicles(first: $first, after: $after) {
      edges {
        node {
          vin
          plate {
            number
          }
          holder {
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface Page {
  vehicles: { edges: { node: { vin: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const client = clientFromEnv();
const first = Number(process.argv[2] ?? 50);
const maxPages = Number(process.argv[3] ?? 1_000);
let after: string | null = null;
let total = 0;
const seen = new Set<string>();
for (let page = 1; page <= maxPages; page++) {
  const { data, budget }: { data: Page; budget: { cost: number | null; remaining: number | null } } = await client.query<Page>(PAGE, { first, after });
  for (const e of data.vehicles.edges) seen.add(e.node.vin);
  total += data.vehicles.edges.length;
  console.log(`page ${page}: ${data.vehicles.edges.length} vehicles (cost ${budget.cost}, ${budget.remaining} points left)`);
  if (!data.vehicles.pageInfo.hasNextPage) break;
  after = data.vehicles.pageInfo.endCursor;
}
console.log(`${total} vehicles read, ${seen.size} distinct`);
