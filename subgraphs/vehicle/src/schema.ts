import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { CustomsClearanceResolver, VehicleModelResolver, VehicleResolver } from './vehicle/vehicle.resolver';
import { vehicleReferences } from './vehicle/vehicle.reference';

export function buildVehicleSchema() {
  return buildFederatedSchema({ resolvers: [VehicleResolver, VehicleModelResolver, CatalogueResolver, CustomsClearanceResolver] }, vehicleReferences);
}

export default buildVehicleSchema;
