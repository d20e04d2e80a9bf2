import { Account } from './account/account.entity';
import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { AuthResolver } from './account/auth.resolver';
import { AdminResolver, ProfileResolver } from './affiliate/admin.resolver';
import { Affiliate } from './affiliate/affiliate.entity';
import { Company } from './company/company.entity';
import { CompanyResolver } from './company/company.resolver';
import { ConsentResolver } from './consent/consent.resolver';
import { SaleConfirmationResolver } from './sale/sale-confirmation.resolver';
import { partyReferences } from './party/party.reference';
import { Party } from './party/party.type';
import { Person } from './person/person.entity';
import { PersonResolver } from './person/person.resolver';

export function buildIdentitySchema() {
  return buildFederatedSchema(
    { resolvers: [PersonResolver, CompanyResolver, AuthResolver, AdminResolver, ProfileResolver, ConsentResolver, SaleConfirmationResolver], orphanedTypes: [Party, Person, Company, Affiliate] },
    {
      ...partyReferences,
      // Only the caller's own account is ever resolved (it is reached through `me`).
      Account: {
        __resolveReference: (ref: { id: string }, ctx: { actor: { accountId?: string | null }; em: { findOne(e: unknown, id: string): Promise<unknown> } }) =>
          ref.id === ctx.actor.accountId ? ctx.em.findOne(Account, ref.id) : null,
      },
      Affiliate: { __resolveReference: (ref: { id: string }, ctx: { loaders: { affiliate: { load(id: string): unknown } } }) => ctx.loaders.affiliate.load(ref.id) },
    },
  );
}

export default buildIdentitySchema;
