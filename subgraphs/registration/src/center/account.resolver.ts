import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { AccountRef } from './account.stub';
import { CenterAgent, ManagementCenter } from './center.entity';

@Resolver(() => AccountRef)
export class AccountCentersResolver {
  @FieldResolver(() => [ManagementCenter], { description: 'The centres whose roster you are on (agents, service heads); empty for everyone else.' })
  async centers(@Root() account: AccountRef, @Ctx() ctx: Context): Promise<ManagementCenter[]> {
    // Accounts are reached through `me` only: another account's centres are not shown.
    if (account.id !== ctx.actor.accountId || !ctx.actor.partyId) return [];
    const rows = await ctx.em.find(CenterAgent, { agentId: ctx.actor.partyId, active: true });
    if (!rows.length) return [];
    return ctx.em.find(ManagementCenter, { id: { $in: rows.map((r) => r.centerId) } }, { orderBy: { department: 'asc' } });
  }
}
