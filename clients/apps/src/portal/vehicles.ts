import type { Client } from '@urql/vue';
import { MyVehiclesDocument, type MyVehiclesQuery } from '@simveb/clients/sdk/generated/graphql';

export type MyVehicle = NonNullable<NonNullable<MyVehiclesQuery['me']>['person']>['vehicles']['edges'][number]['node'];
export interface VehiclePage {
  vehicles: MyVehicle[];
  next: string | null;
  total: number;
}

/** One page (50) of the vehicles I hold, oldest registration first, and where the next page starts. */
export async function vehiclePage(client: Client, after: string | null): Promise<VehiclePage> {
  const res = await client.query(MyVehiclesDocument, { after }).toPromise();
  if (res.error) throw res.error;
  const held = res.data?.me?.person?.vehicles;
  return { vehicles: held?.edges.map((e) => e.node) ?? [], next: held?.pageInfo.hasNextPage ? (held.pageInfo.endCursor ?? null) : null, total: held?.totalCount ?? 0 };
}

/** Every vehicle I hold (a fleet: up to 20 pages), for choosing one. */
export async function allMyVehicles(client: Client): Promise<MyVehicle[]> {
  const all: MyVehicle[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: VehiclePage = await vehiclePage(client, after);
    all.push(...page.vehicles);
    if (!page.next) break;
    after = page.next;
  }
  return all;
}
