import { graphqlCall } from '@simveb/platform/integrations/graphql-call';
import { resilient } from '@simveb/platform/integrations/resilient';

/** What filing rules need from the technical register (the vehicle subgraph). */
export interface VehicleFacts {
  id: string;
  registrable: boolean;
  /** Vehicle category (genre): 2/3-wheelers take numbers of the two-wheeler family. */
  category: string;
}

/** What a gray card prints about the vehicle. */
export interface VehicleDescription {
  vin: string;
  brand: string;
  model: string;
  category: string;
  year: number | null;
  color: string | null;
  energy: string | null;
}

export interface VehicleRegistry {
  facts(vehicleId: string, authorization: string | null): Promise<VehicleFacts | null>;
  describe(vehicleId: string, authorization: string | null): Promise<VehicleDescription | null>;
  idByVin(vin: string, authorization: string | null): Promise<string | null>;
}

/**
 * Asks the vehicle subgraph over its GraphQL API, with the caller's token: the
 * two subgraphs meet through the graph's contract, never through each other's tables.
 */
export class GraphVehicleRegistry implements VehicleRegistry {
  private readonly call = resilient('the vehicle register', { timeoutMs: 3_000, retries: 1 });

  constructor(private readonly url: string) {}

  facts(vehicleId: string, authorization: string | null): Promise<VehicleFacts | null> {
    return this.query<VehicleFacts>('query($id: ID!) { vehicle(id: $id) { id registrable category } }', vehicleId, authorization);
  }

  async describe(vehicleId: string, authorization: string | null): Promise<VehicleDescription | null> {
    const v = await this.query<VehicleDescription & { brand: { name: string }; model: { name: string } }>(
      'query($id: ID!) { vehicle(id: $id) { vin category year color energy brand { name } model { name } } }',
      vehicleId,
      authorization,
    );
    return v && { ...v, brand: v.brand.name, model: v.model.name };
  }

  async idByVin(vin: string, authorization: string | null): Promise<string | null> {
    const data = await this.call((signal) =>
      graphqlCall<{ vehicleByVin: { id: string } | null }>('the vehicle register', this.url, 'query($vin: String!) { vehicleByVin(vin: $vin) { id } }', { vin }, authorization, signal),
    );
    return data.vehicleByVin?.id ?? null;
  }

  private async query<T>(query: string, id: string, authorization: string | null): Promise<T | null> {
    const data = await this.call((signal) => graphqlCall<{ vehicle: T | null }>('the vehicle register', this.url, query, { id }, authorization, signal));
    return data.vehicle;
  }
}
