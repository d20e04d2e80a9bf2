import { fetchTransient, resilient } from '@simveb/platform/integrations/resilient';

/** Names of parties, from identity's API with the caller's token (identity decides who may see them). */
export class PartyDirectory {
  private readonly call = resilient('identity', { timeoutMs: 3_000, retries: 1 });

  constructor(private readonly url: string) {}

  displayName(partyId: string, authorization: string | null): Promise<string | null> {
    return this.call(async (signal) => {
      const res = await fetchTransient('identity', this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: JSON.stringify({ query: 'query($id: ID!) { person(id: $id) { fullName } company(id: $id) { name } }', variables: { id: partyId } }),
        signal,
      });
      const body = (await res.json()) as { data?: { person: { fullName: string } | null; company: { name: string } | null } };
      return body.data?.person?.fullName ?? body.data?.company?.name ?? null;
    });
  }
}
