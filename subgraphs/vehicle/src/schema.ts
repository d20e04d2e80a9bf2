import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { VehicleModelResolver, VehicleResolver } from './vehicle/vehicle.resolver';
import { vehicleReferences } from './vehicle/vehicle.reference';

export function buildVehicleSchema() {
  return buildFederatedSchema({ resolvers: [VehicleResolver, VehicleModelResolver] }, vehicleReferences);
}

export default buildVehicleSchema;
