/**
 * Part of `npm run bench -- peers`: what one request costs a subgraph, asked
 * directly with a user token (as the router asks): CPU ms per request of the
 * subgraph process for `{ __typename }`, an entity fetch of 20 entities and a
 * catalogue list. The goals of the request path are ≤ 0.15 ms and ≤ 0.5 ms.
 */
import type { RunningGraph } from '@simveb/dev/launcher/graph';
import { load, postJson } from './load';
import { cpuMsOf } from './proc';

export interface SubgraphCost {
  subgraph: string;
  request: string;
  rps: number;
  cpuMs: number;
}

export async function benchSubgraphs(graph: RunningGraph, tokens: string[], opts: { seconds: number; concurrency: number }): Promise<SubgraphCost[]> {
  const pid = (name: string) => graph.children.find((c) => c.name === name)!.proc.pid!;
  const as = (w: number) => ({ authorization: `Bearer ${tokens[w % tokens.length]}` });
  const vehicles = await postJson(graph.subgraphUrls.vehicle, { query: '{ vehicles(first: 20) { edges { node { id } } } }' }, as(0));
  const vehicleIds: string[] = vehicles.data.vehicles.edges.map((e: { node: { id: string } }) => e.node.id);
  const holders = await postJson(
    graph.subgraphUrls.registration,
    { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vehicle { holder { id } } } }', variables: { r: vehicleIds.map((id) => ({ __typename: 'Vehicle', id })) } },
    as(0),
  );
  const partyIds = [...new Set<string>(holders.data._entities.map((e: { holder: { id: string } | null }) => e.holder?.id).filter(Boolean))];
  const entities = (typename: string, ids: string[], selection: string) => ({
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
    // Twenty representations, repeating the ids the demo data has.
    variables: { r: Array.from({ length: 20 }, (_, i) => ({ __typename: typename, id: ids[i % ids.length] })) },
  });
  const cases: { subgraph: keyof RunningGraph['subgraphUrls']; request: string; body: unknown }[] = [
    { subgraph: 'vehicle', request: '{ __typename }', body: { query: '{ __typename }' } },
    { subgraph: 'vehicle', request: '_entities: 20 Vehicle { vin brand { name } }', body: entities('Vehicle', vehicleIds, 'vin brand { name }') },
    { subgraph: 'vehicle', request: 'brands { name }', body: { query: '{ brands { name } }' } },
    { subgraph: 'identity', request: '_entities: 20 Party { displayName }', body: entities('Party', partyIds, 'displayName') },
    { subgraph: 'registration', request: '_entities: 20 Vehicle { plate { number } }', body: entities('Vehicle', vehicleIds, 'plate { number }') },
  ];
  const out: SubgraphCost[] = [];
  for (const c of cases) {
    const url = graph.subgraphUrls[c.subgraph];
    const run = (w: number) => postJson(url, c.body, as(w)).then(() => undefined);
    await load('warm-up', run, { concurrency: opts.concurrency, seconds: 1 });
    const before = cpuMsOf(pid(c.subgraph));
    const r = await load(c.request, run, opts);
    out.push({ subgraph: c.subgraph, request: c.request, rps: r.rps, cpuMs: (cpuMsOf(pid(c.subgraph)) - before) / Math.max(1, r.iterations) });
  }
  return out;
}

export function printSubgraphs(rows: SubgraphCost[]): void {
  console.log('\nOne subgraph request, asked directly with a user token (CPU ms of the subgraph per request)\n');
  for (const r of rows) console.log(r.subgraph.padEnd(13), r.request.padEnd(48), `${r.rps.toFixed(0)} req/s`.padStart(12), `${r.cpuMs.toFixed(2)} ms`.padStart(10));
}
