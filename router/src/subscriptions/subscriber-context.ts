import { authorizationContextKey, authorizationContextOf, usesRoster } from '@simveb/platform/auth/authorization-context';
import type { Actor } from '@simveb/platform/auth/actor';
import { UpstreamUnavailable } from '@simveb/platform/errors';

/** How long the router trusts registration's answer about an agent's centres. */
const ROSTER_TTL_MS = 5_000;

/**
 * The centres an agent or service head works, asked of registration (it
 * owns the roster) and kept 5 s: they are part of the agent's authorization
 * context, so agents of the same centres share their live executions.
 */
export class RosterLookup {
  private readonly cache = new Map<string, { centers: Promise<string[]>; until: number }>();

  constructor(
    private readonly url: (partyId: string) => string,
    private readonly internalToken: string,
  ) {}

  centersOf(partyId: string): Promise<string[]> {
    const hit = this.cache.get(partyId);
    if (hit && hit.until > Date.now()) return hit.centers;
    const centers = fetch(this.url(partyId), { headers: { 'x-internal-token': this.internalToken }, signal: AbortSignal.timeout(2_000) })
      .then(async (res) => {
        if (!res.ok) throw new UpstreamUnavailable('registration');
        return ((await res.json()) as { centers: string[] }).centers;
      })
      .catch((err) => {
        this.cache.delete(partyId);
        throw err instanceof UpstreamUnavailable ? err : new UpstreamUnavailable('registration');
      });
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(partyId, { centers, until: Date.now() + ROSTER_TTL_MS });
    return centers;
  }
}

/** The subscriber's authorization context: its key (what sharing is decided on) and a label without identifiers. */
export async function subscriberContext(actor: Actor, roster: RosterLookup): Promise<{ key: string; label: string }> {
  const centers = usesRoster(actor) && actor.partyId ? await roster.centersOf(actor.partyId) : [];
  const context = authorizationContextOf(actor, centers);
  const label = [context.kind, context.roles.join('+') || '-', context.party ? 'own' : '', context.affiliateKind ?? '', context.centers.length ? `${context.centers.length} centre(s)` : '']
    .filter(Boolean)
    .join(' ');
  return { key: authorizationContextKey(context), label };
}
