import { fetchTransient } from './resilient';

/**
 * One query to a peer subgraph's GraphQL API with the caller's credentials
 * (the peer applies its own access rules). Errors in the answer are thrown;
 * network failures and 5xx are transient (see `resilient`).
 */
export async function graphqlCall<T>(service: string, url: string, query: string, variables: Record<string, unknown>, authorization: string | null, signal: AbortSignal): Promise<T> {
  const res = await fetchTransient(service, url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${service} answered: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
