import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { audit } from '@simveb/platform/audit/audit-entry.entity';
import { requireRole, requireSignedIn } from '@simveb/platform/auth/actor';
import { BadInput } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import type { Context } from '../context';
import { CenterAgent, CenterRole, ManagementCenter } from './center.entity';

@Resolver(() => ManagementCenter)
export class CenterResolver {
  @Query(() => [ManagementCenter], { description: 'The 12 departmental management centres.' })
  managementCenters(@Ctx() ctx: Context): Promise<ManagementCenter[]> {
    requireSignedIn(ctx.actor);
    return ctx.em.find(ManagementCenter, {}, { orderBy: { department: 'asc' } });
  }

  @Mutation(() => ManagementCenter, { description: 'Put an agent (person id) on a centre’s roster, or take them off (admins, managers; audited).' })
  async setCenterAgent(
    @Arg('centerId', () => ID) centerId: string,
    @Arg('agentId', () => ID) agentId: string,
    @Arg('active', () => Boolean, { defaultValue: true }) active: boolean,
    @Ctx() ctx: Context,
    @Arg('role', () => CenterRole, { defaultValue: CenterRole.AGENT, description: 'Agents get demands automatically; service heads do not.' }) role: CenterRole = CenterRole.AGENT,
  ): Promise<ManagementCenter> {
    requireRole(ctx.actor, ['ADMIN', 'DEMAND_MANAGER'], 'staff the centres');
    if (!isUuid(agentId)) throw BadInput.field('agentId', 'Not a valid id.');
    const center = isUuid(centerId) ? await ctx.em.findOne(ManagementCenter, centerId) : null;
    if (!center) throw BadInput.field('centerId', 'No such centre.');
    const row = await ctx.em.findOne(CenterAgent, { centerId, agentId });
    if (row) Object.assign(row, { active, role });
    else if (active) ctx.em.create(CenterAgent, { centerId, agentId, role });
    audit(ctx.em, ctx.actor.accountId, active ? 'center.agent.add' : 'center.agent.remove', centerId, { agentId, role });
    await ctx.em.flush();
    return center;
  }
}
