import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { DemandRefResolver } from './demand/demand.resolver';
import { DemandRef } from './demand/demand.stub';
import { InvoiceResolver } from './invoice/invoice.resolver';
import { billingReferences } from './references';
import { OrderResolver } from './order/order.resolver';
import { PaymentResolver } from './payment/payment.resolver';
import { TariffResolver } from './tariff/tariff.resolver';
import { WalletResolver } from './wallet/wallet.resolver';

export function buildBillingSchema() {
  return buildFederatedSchema({ resolvers: [TariffResolver, DemandRefResolver, OrderResolver, PaymentResolver, InvoiceResolver, WalletResolver], orphanedTypes: [DemandRef] }, billingReferences);
}

export default buildBillingSchema;
