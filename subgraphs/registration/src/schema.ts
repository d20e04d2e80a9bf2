import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { DemandEventResolver, DemandResolver } from './demand/demand.resolver';
import { DemandQueueSubscriptionResolver, DemandStatusEventResolver, DemandSubscriptionResolver } from './demand/demand.subscription';
import { CenterResolver } from './center/center.resolver';
import { AccountCentersResolver } from './center/account.resolver';
import { AccountRef } from './center/account.stub';
import { HoldingResolver } from './holding/holding.resolver';
import { GrayCardResolver } from './gray-card/gray-card.resolver';
import { IssuedDocumentResolver } from './issued-document/issued-document.resolver';
import { PrestigeResolver } from './prestige/prestige.resolver';
import { DemandPrintResolver, PrintOrderResolver } from './print-order/print-order.resolver';
import { ServiceResolver } from './service/service.resolver';
import { PartyRefResolver } from './party/party.resolver';
import { registrationReferences } from './references';
import { VehicleRefResolver } from './vehicle/vehicle.resolver';

export function buildRegistrationSchema() {
  return buildFederatedSchema(
    {
      // Account is only reached from identity's `me`: named here so its stub is in this schema.
      orphanedTypes: [AccountRef],
      resolvers: [
        AccountCentersResolver,
        DemandResolver,
        DemandEventResolver,
        DemandSubscriptionResolver,
        DemandQueueSubscriptionResolver,
        DemandStatusEventResolver,
        CenterResolver,
        ServiceResolver,
        HoldingResolver,
        GrayCardResolver,
        IssuedDocumentResolver,
        PrestigeResolver,
        DemandPrintResolver,
        PrintOrderResolver,
        VehicleRefResolver,
        PartyRefResolver,
      ],
    },
    registrationReferences,
  );
}

export default buildRegistrationSchema;
