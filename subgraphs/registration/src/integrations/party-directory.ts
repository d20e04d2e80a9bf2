import { graphqlCall } from '@simveb/platform/integrations/graphql-call';
import { resilient } from '@simveb/platform/integrations/resilient';

/** Names of parties, from identity's API with the caller's token (identity decides who may see them). */
export class PartyDirectory {
  private readonly call = resilient('identity', { timeoutMs: 3_000, retries: 1 });

  constructor(private readonly url: string) {}

  async displayName(partyId: string, authorization: string | null): Promise<string | null> {
    const data = await this.call((signal) =>
      graphqlCall<{ person: { fullName: string } | null; company: { name: string } | null }>(
        'identity',
        this.url,
        'query($id: ID!) { person(id: $id) { fullName } company(id: $id) { name } }',
        { id: partyId },
        authorization,
        signal,
      ),
    );
    return data.person?.fullName ?? data.company?.name ?? null;
  }

  /** COMPANY when identity shows the caller a company with this id, else PERSON. */
  async kindOf(partyId: string, authorization: string | null): Promise<'PERSON' | 'COMPANY'> {
    const data = await this.call((signal) =>
      graphqlCall<{ company: { id: string } | null }>('identity', this.url, 'query($id: ID!) { company(id: $id) { id } }', { id: partyId }, authorization, signal),
    );
    return data.company ? 'COMPANY' : 'PERSON';
  }
}
