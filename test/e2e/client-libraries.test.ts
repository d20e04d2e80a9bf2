import { describe, expect, it } from 'vitest';
import { pipe, subscribe } from 'wonka';
import { DEMO } from '@simveb/platform/demo';
import { MY_DEMANDS_LIVE as APOLLO_LIVE, MY_VEHICLES as APOLLO_VEHICLES, REQUEST_CERTIFICATE as APOLLO_CERT, simvebApolloClient } from '@simveb/clients/examples/apollo-client';
import { MY_DEMANDS_LIVE as URQL_LIVE, MY_VEHICLES as URQL_VEHICLES, REQUEST_CERTIFICATE as URQL_CERT, simvebUrqlClient } from '@simveb/clients/examples/urql';
import { fileDemand, registeredVehicleOf } from '../support/demands';
import { activeSubscriptions, graph, until } from '../support/graph';
import { as, signIn } from '../support/sessions';

type Vehicles = { me: { person: { vehicles: { edges: { node: { id: string; vin: string; plate: { number: string } | null } }[] } } } };
type Live = { demandStatusChanged: { status: string; version: number; demand: { reference: string } } };

/** Files a demand for the demo citizen once the subscription is live upstream, so its first event reaches the watcher. */
async function fileOnceLive(before: number): Promise<string> {
  await until(async () => (await activeSubscriptions(graph().subgraphUrls.registration)) > before, 5_000, 'the subscription upstream');
  await new Promise((r) => setTimeout(r, 200));
  const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
  return (await fileDemand(await as('citizen'), { serviceCode: 'GLASS_ENGRAVING', vehicleId })).reference;
}

/** The README's client snippets, run against the graph: a query, a mutation and a live event each. */
describe('standard GraphQL clients get in', () => {
  it('Apollo Client with GraphQLWsLink and the persisted-queries link', async () => {
    const { accessToken } = await signIn('citizen');
    const client = simvebApolloClient(graph().routerUrl, accessToken);
    const vehicles = await client.query<Vehicles>({ query: APOLLO_VEHICLES, fetchPolicy: 'network-only' });
    expect(vehicles.error).toBeUndefined();
    const first = vehicles.data!.me.person.vehicles.edges[0]!.node;
    expect(first.plate?.number).toMatch(/RB$/);
    const cert = await client.mutate<{ requestAdministrativeCertificate: { id: string; number: string } }>({ mutation: APOLLO_CERT, variables: { vehicleId: first.id } });
    expect(cert.error).toBeUndefined();
    expect(cert.data!.requestAdministrativeCertificate.number).toMatch(/^CSA-\d{4}-\d+$/);

    const before = await activeSubscriptions(graph().subgraphUrls.registration);
    const events: Live[] = [];
    const sub = client.subscribe<Live>({ query: APOLLO_LIVE, variables: { applicantId: DEMO.persons.citizen.id } }).subscribe({ next: (r) => r.data && events.push(r.data) });
    const reference = await fileOnceLive(before);
    await until(async () => events.some((e) => e.demandStatusChanged.demand.reference === reference), 10_000, 'the live event');
    expect(events.find((e) => e.demandStatusChanged.demand.reference === reference)!.demandStatusChanged).toMatchObject({ status: 'AWAITING_PAYMENT', version: expect.any(Number) });
    sub.unsubscribe();
    client.stop();
  });

  it('urql with subscriptionExchange', async () => {
    const { accessToken } = await signIn('citizen');
    const client = simvebUrqlClient(graph().routerUrl, accessToken);
    const vehicles = await client.query<Vehicles>(URQL_VEHICLES, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(vehicles.error).toBeUndefined();
    const first = vehicles.data!.me.person.vehicles.edges[0]!.node;
    const cert = await client.mutation<{ requestAdministrativeCertificate: { number: string } }>(URQL_CERT, { vehicleId: first.id }).toPromise();
    expect(cert.error).toBeUndefined();
    expect(cert.data!.requestAdministrativeCertificate.number).toMatch(/^CSA-/);

    const before = await activeSubscriptions(graph().subgraphUrls.registration);
    const events: Live[] = [];
    const { unsubscribe } = pipe(
      client.subscription<Live>(URQL_LIVE, { applicantId: DEMO.persons.citizen.id }),
      subscribe((r) => {
        if (r.data) events.push(r.data);
      }),
    );
    const reference = await fileOnceLive(before);
    await until(async () => events.some((e) => e.demandStatusChanged.demand.reference === reference), 10_000, 'the live event');
    unsubscribe();
  });
});
