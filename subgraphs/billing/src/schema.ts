import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { DemandRefResolver } from './demand/demand.resolver';
import { DemandRef } from './demand/demand.stub';
import { billingReferences } from './references';
import { OrderResolver } from './order/order.resolver';
import { TariffResolver } from './tariff/tariff.resolver';

export function buildBillingSchema() {
  return buildFederatedSchema({ resolvers: [TariffResolver, DemandRefResolver, OrderResolver], orphanedTypes: [DemandRef] }, billingReferences);
}

export default buildBillingSchema;
