import { BrokenCircuitError, ConsecutiveBreaker, ExponentialBackoff, TaskCancelledError, TimeoutStrategy, circuitBreaker, handleWhen, retry, timeout, wrap, type IPolicy } from 'cockatiel';
import { DomainError, UpstreamUnavailable } from '../errors';

/** An HTTP answer the caller may retry (the service, not the request, is at fault). */
export class TransientUpstreamError extends Error {
  constructor(
    readonly service: string,
    readonly status: number | 'network',
  ) {
    super(`${service} answered ${status}`);
  }
}

export interface ResilienceOptions {
  timeoutMs?: number;
  retries?: number;
  /** Consecutive failures that open the circuit; it half-opens after `halfOpenAfterMs`. */
  breakAfter?: number;
  halfOpenAfterMs?: number;
}

/**
 * Timeout per attempt, retries with exponential backoff on transient failures,
 * and a circuit breaker so a dead registry is not hammered. Whatever finally
 * fails surfaces as UPSTREAM_UNAVAILABLE naming the service.
 */
export function resilient(service: string, opts: ResilienceOptions = {}) {
  const transient = handleWhen((err) => err instanceof TransientUpstreamError || err instanceof TaskCancelledError);
  const policy: IPolicy = wrap(
    retry(transient, { maxAttempts: opts.retries ?? 2, backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 1_000 }) }),
    circuitBreaker(transient, { halfOpenAfter: opts.halfOpenAfterMs ?? 2_000, breaker: new ConsecutiveBreaker(opts.breakAfter ?? 5) }),
    timeout(opts.timeoutMs ?? 3_000, TimeoutStrategy.Aggressive),
  );
  return async <T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    try {
      return await policy.execute(({ signal }) => fn(signal));
    } catch (err) {
      if (err instanceof DomainError) throw err;
      if (err instanceof BrokenCircuitError || err instanceof TransientUpstreamError || err instanceof TaskCancelledError) {
        throw new UpstreamUnavailable(service);
      }
      throw err;
    }
  };
}

/** fetch that turns network failures and 5xx/429 into TransientUpstreamError. */
export async function fetchTransient(service: string, url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new TransientUpstreamError(service, 'network');
  }
  if (res.status >= 500 || res.status === 429) throw new TransientUpstreamError(service, res.status);
  return res;
}
