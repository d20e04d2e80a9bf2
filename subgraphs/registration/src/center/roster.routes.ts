import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '@simveb/platform/ids';
import { centersOfAgent } from './assignment';

/**
 * The router asks which centres an agent works, to file the agent's live
 * subscriptions under their authorization context (agents of the same
 * centres share one execution per event). Internal: the shared token only.
 */
export function rosterRoutes(app: Express, orm: MikroORM, internalToken: string): void {
  app.get('/internal/agents/:partyId/centers', async (req, res) => {
    if (req.header('x-internal-token') !== internalToken) return void res.status(401).json({ error: 'internal endpoint' });
    res.json({ centers: isUuid(req.params.partyId) ? await centersOfAgent(orm.em.fork(), req.params.partyId) : [] });
  });
}
