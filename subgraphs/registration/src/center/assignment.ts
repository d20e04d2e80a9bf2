import type { EntityManager } from '@mikro-orm/postgresql';
import { CenterAgent, ManagementCenter } from './center.entity';
import { centerId, departmentOf } from './communes';
import { OPEN_STATUSES } from '../demand/demand.enums';

/** Demands whose applicant's commune is unknown go to the head office in Cotonou. */
export const DEFAULT_DEPARTMENT = 'Littoral';

export function centerFor(commune: string | null | undefined): string {
  return centerId(departmentOf(commune) ?? DEFAULT_DEPARTMENT);
}

/**
 * The centre's agent (never a service head on the roster) with the fewest open demands (ties: the one who got a
 * demand least recently). Null when the centre has nobody yet: the demand
 * waits in SUBMITTED for a manager to assign it.
 */
export async function leastLoadedAgent(em: EntityManager, center: string): Promise<string | null> {
  const rows = await em.getConnection().execute<{ agent_id: string }[]>(
    `select ca.agent_id
       from center_agent ca
       left join demand d on d.assigned_agent_id = ca.agent_id and d.status = any(?::text[])
      where ca.center_id = ? and ca.active and ca.role = 'AGENT'
      group by ca.agent_id
      order by count(d.id), max(d.assigned_at) nulls first, ca.agent_id
      limit 1`,
    [`{${OPEN_STATUSES.join(',')}}`, center],
    'all',
    em.getTransactionContext(),
  );
  return rows[0]?.agent_id ?? null;
}

export async function isAgentOf(em: EntityManager, agentId: string, center: string): Promise<boolean> {
  return (await em.count(CenterAgent, { agentId, centerId: center, active: true })) > 0;
}

export async function centersOfAgent(em: EntityManager, agentId: string): Promise<string[]> {
  return (await em.find(CenterAgent, { agentId, active: true })).map((a) => a.centerId);
}

export { ManagementCenter };
