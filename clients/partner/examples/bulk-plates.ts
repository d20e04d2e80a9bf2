/**
 * Bulk plate look-up: up to 500 plate numbers in one request, each with its
 * vehicle, holder and active encumbrances (pledges, oppositions) — what an
 * insurer checks before covering a car. Unknown plates come back as null.
 *
 *   SIMVEB_API_KEY=sk_... npx tsx clients/partner/examples/bulk-plates.ts AB-1234-RB CD-5678-RB
 */
import { clientFromEnv } from '../src/partner-client';

const LOOKUP = /* GraphQL */ `
  query PlatesLookup($numbers: [String!]!) {
    vehiclesByPlates(numbers: $numbers) {
      vin
      brand {
        name
      }
      model {
        name
      }
      plate {
        number
      }
      holder {
        displayName
      }
      encumbrances {
        kind
        reference
        since
      }
    }
  }
`;

interface Found {
  vin: string;
  brand: { name: string } | null;
  model: { name: string } | null;
  plate: { number: string } | null;
  holder: { displayName: string } | null;
  encumbrances: { kind: string; reference: string; since: string }[];
}

const client = clientFromEnv();
let numbers = process.argv.slice(2);
if (!numbers.length) {
  // No plates given: take a few from the register (a page of vehicles) to show the shape.
  const page = await client.query<{ vehicles: { edges: { node: { plate: { number: string } | null } }[] } }>('{ vehicles(first: 5) { edges { node { plate { number } } } } }');
  numbers = page.data.vehicles.edges.map((e) => e.node.plate?.number).filter((n): n is string => !!n);
  numbers.push('XX-0000-XX');
}
const { data, errors, budget } = await client.query<{ vehiclesByPlates: (Found | null)[] }>(LOOKUP, { numbers });
data.vehiclesByPlates.forEach((v, i) => {
  if (!v) return console.log(`${numbers[i]}: not in the register`);
  const encumbered = v.encumbrances.length ? `ENCUMBERED (${v.encumbrances.map((e) => `${e.kind} ${e.reference}`).join(', ')})` : 'no encumbrance';
  console.log(`${numbers[i]}: ${v.brand?.name ?? '?'} ${v.model?.name ?? ''} VIN ${v.vin}, holder ${v.holder?.displayName ?? '?'}, ${encumbered}`);
});
if (errors.length) console.log(`partial answer: ${errors.map((e) => e.extensions?.code).join(', ')}`);
console.log(`cost ${budget.cost} points; ${budget.remaining} of ${budget.limit} left this hour`);
