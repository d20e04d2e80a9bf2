import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';

/** What filing rules need from the technical register (the vehicle subgraph). */
export interface VehicleFacts {
  id: string;
  registrable: boolean;
  /** Vehicle category (genre): 2/3-wheelers take numbers of the two-wheeler family. */
  category: string;
}

export interface VehicleRegistry {
  facts(vehicleId: string, authorization: string | null): Promise<VehicleFacts | null>;
}

/**
 * Asks the vehicle subgraph over its GraphQL API, with the caller's token: the
 * two subgraphs meet through the graph's contract, never through each other's tables.
 */
export class GraphVehicleRegistry implements VehicleRegistry {
  private readonly call = resilient('the vehicle register', { timeoutMs: 3_000, retries: 1 });

  constructor(private readonly url: string) {}

  facts(vehicleId: string, authorization: string | null): Promise<VehicleFacts | null> {
    return this.call(async (signal) => {
      const res = await fetchTransient('the vehicle register', this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: JSON.stringify({ query: 'query($id: ID!) { vehicle(id: $id) { id registrable category } }', variables: { id: vehicleId } }),
        signal,
      });
      const body = (await res.json()) as { data?: { vehicle: VehicleFacts | null }; errors?: unknown[] };
      if (body.errors?.length) throw new Error(`vehicle register answered: ${JSON.stringify(body.errors)}`);
      return body.data?.vehicle ?? null;
    });
  }
}
