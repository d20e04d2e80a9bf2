import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { DemandEventResolver, DemandResolver } from './demand/demand.resolver';
import { DemandSubscriptionResolver } from './demand/demand.subscription';
import { PartyRefResolver } from './party/party.resolver';
import { registrationReferences } from './references';
import { VehicleRefResolver } from './vehicle/vehicle.resolver';

export function buildRegistrationSchema() {
  return buildFederatedSchema(
    {
      resolvers: [DemandResolver, DemandEventResolver, DemandSubscriptionResolver, VehicleRefResolver, PartyRefResolver],
    },
    registrationReferences,
  );
}

export default buildRegistrationSchema;
