import type { WindowCounter } from '@simveb/platform/rate/counter';

export interface Budget {
  limit: number;
  remaining: number;
  resetInSeconds: number;
  exceeded: boolean;
}

/**
 * Per-identity budget of query points per hour (GitHub-style): every
 * operation spends its cost; once the hour's budget is spent, requests are
 * refused until the window resets. Shared by every router replica through
 * Redis (in memory without it).
 */
export class RateBudget {
  constructor(
    private readonly counter: WindowCounter,
    private readonly pointsPerHour: number,
    private readonly anonymousPointsPerHour: number,
  ) {}

  limitFor(identity: string): number {
    return identity.startsWith('ip:') ? this.anonymousPointsPerHour : this.pointsPerHour;
  }

  async spend(identity: string, cost: number): Promise<Budget> {
    const limit = this.limitFor(identity);
    const { total, resetInSeconds } = await this.counter.hit(identity, 3600, Math.max(cost, 1));
    return { limit, remaining: Math.max(limit - total, 0), resetInSeconds, exceeded: total > limit };
  }
}
