/**
 * A partner's client for the SIMVEB graph, with nothing but `fetch`: copy it
 * into your code base as it is. It sends your API key, reads what the graph
 * says about cost and budget (X-Query-Cost, X-RateLimit-*), waits and retries
 * when told to (429 with Retry-After, a subgraph briefly unavailable), and
 * turns GraphQL errors into a `GraphError` with the code to act on.
 */

export interface Budget {
  /** Points this request cost (1 per field, lists times their page size). */
  cost: number | null;
  /** Your hourly budget, what is left of it, and the seconds until it renews. */
  limit: number | null;
  remaining: number | null;
  resetInSeconds: number | null;
}

export interface GraphErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The codes the graph uses (see the partner guide): what each asks you to do. */
export const WHAT_TO_DO: Record<string, string> = {
  UNAUTHENTICATED: 'the key is missing, unknown or revoked: check SIMVEB_API_KEY, ask ANaTT for a new one',
  FORBIDDEN: 'your key’s scopes do not cover this field: ask for the scope, or leave the field out',
  BAD_USER_INPUT: 'a value is invalid (extensions.fields says which): fix it, do not retry as is',
  GRAPHQL_VALIDATION_FAILED: 'the query does not match the schema: check field names and types',
  GRAPHQL_PARSE_FAILED: 'the query is not valid GraphQL',
  QUERY_TOO_COMPLEX: 'the query costs more than one request may: ask for smaller pages or fewer fields',
  RATE_LIMITED: 'your hourly budget is spent: wait Retry-After seconds',
  NOT_FOUND: 'nothing with that id (or not visible to you)',
  UPSTREAM_UNAVAILABLE: 'a part of the graph is briefly unavailable: retry with backoff (data may be partial)',
};

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphErrorShape[],
    readonly budget: Budget,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface PartnerClientOptions {
  url: string;
  apiKey: string;
  /** Longest single wait on a 429 before giving up (a spent hourly budget can mean an hour). */
  maxWaitSeconds?: number;
  /** Attempts for UPSTREAM_UNAVAILABLE and network errors. */
  retries?: number;
  onWait?: (seconds: number, why: string) => void;
}

const numberHeader = (h: Headers, name: string) => (h.has(name) ? Number(h.get(name)) : null);

export class PartnerClient {
  lastBudget: Budget = { cost: null, limit: null, remaining: null, resetInSeconds: null };

  constructor(private readonly opts: PartnerClientOptions) {}

  /** Data of a query, or a GraphError. Partial data (some fields failed) comes with `errors`. */
  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; errors: GraphErrorShape[]; budget: Budget }> {
    const retries = this.opts.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(this.opts.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.opts.apiKey}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (err) {
        if (attempt >= retries) throw err;
        await this.wait(2 ** attempt, `network error: ${(err as Error).message}`);
        continue;
      }
      const budget: Budget = {
        cost: numberHeader(res.headers, 'x-query-cost'),
        limit: numberHeader(res.headers, 'x-ratelimit-limit'),
        remaining: numberHeader(res.headers, 'x-ratelimit-remaining'),
        resetInSeconds: numberHeader(res.headers, 'x-ratelimit-reset'),
      };
      this.lastBudget = budget;
      const body = (await res.json()) as { data?: T | null; errors?: GraphErrorShape[] };
      const errors = body.errors ?? [];
      const code = errors[0]?.extensions?.code;
      if (res.status === 429) {
        const retryAfter = Number(res.headers.get('retry-after') ?? budget.resetInSeconds ?? 60);
        if (retryAfter > (this.opts.maxWaitSeconds ?? 60) || attempt >= retries) throw new GraphError(res.status, errors, { ...budget, resetInSeconds: retryAfter });
        await this.wait(retryAfter, 'budget spent (429)');
        continue;
      }
      if (body.data == null || res.status >= 400) {
        if (code === 'UPSTREAM_UNAVAILABLE' && attempt < retries) {
          await this.wait(2 ** attempt, 'part of the graph unavailable');
          continue;
        }
        throw new GraphError(res.status, errors, budget);
      }
      return { data: body.data, errors, budget };
    }
  }

  private async wait(seconds: number, why: string): Promise<void> {
    this.opts.onWait?.(seconds, why);
    await new Promise((r) => setTimeout(r, seconds * 1000));
  }
}

/** Configuration from the environment, as the examples read it. */
export function clientFromEnv(extra: Partial<PartnerClientOptions> = {}): PartnerClient {
  const apiKey = process.env.SIMVEB_API_KEY;
  if (!apiKey) {
    console.error('Set SIMVEB_API_KEY (under `npm start`: the demo insurer key it prints).');
    process.exit(2);
  }
  return new PartnerClient({ url: process.env.SIMVEB_GRAPH_URL ?? 'http://127.0.0.1:4000/graphql', apiKey, onWait: (s, why) => console.log(`waiting ${s} s: ${why}`), ...extra });
}
