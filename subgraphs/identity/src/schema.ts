import { buildFederatedSchema } from '@simveb/platform/graphql/build-subgraph-schema';
import { CompanyResolver } from './company/company.resolver';
import { Company } from './company/company.entity';
import { partyReferences } from './party/party.reference';
import { Party } from './party/party.type';
import { Person } from './person/person.entity';
import { PersonResolver } from './person/person.resolver';

export function buildIdentitySchema() {
  return buildFederatedSchema(
    { resolvers: [PersonResolver, CompanyResolver], orphanedTypes: [Party, Person, Company] },
    partyReferences,
  );
}

export default buildIdentitySchema;
