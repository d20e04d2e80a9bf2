import { graphqlCall } from '@simveb/platform/integrations/graphql-call';
import { resilient } from '@simveb/platform/integrations/resilient';

/** A vehicle's category (genre) from the vehicle register, asked with the caller's token. */
export class VehicleCategories {
  private readonly call = resilient('the vehicle register', { timeoutMs: 3_000, retries: 1 });

  constructor(private readonly url: string) {}

  async categoryOf(vehicleId: string, authorization: string | null): Promise<string | null> {
    const data = await this.call((signal) =>
      graphqlCall<{ vehicle: { category: string } | null }>('the vehicle register', this.url, 'query($id: ID!) { vehicle(id: $id) { category } }', { id: vehicleId }, authorization, signal),
    );
    return data.vehicle?.category ?? null;
  }
}
