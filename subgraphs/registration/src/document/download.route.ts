import type { Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TokenVerifier } from '@simveb/platform/auth/verify-token';
import { isUuid } from '@simveb/platform/ids';
import { centersOfAgent } from '../center/assignment';
import { canSeeDemand } from '../demand/demand.access';
import { Demand } from '../demand/demand.entity';
import type { DocumentStorage } from './document-storage';
import { DemandDocumentFile } from './document.entity';

const fail = (res: import('express').Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * GET /documents/uploads/:id — a supporting document as uploaded (PDF, JPEG
 * or PNG, as sniffed on upload), for whoever uploaded it and whoever may see
 * the demand it is attached to (the agents treating it). Anyone else gets 404.
 * Served as an attachment-safe inline file: the stored type, never the
 * client's, with nosniff, so an upload cannot become a page on our origin.
 */
export function documentDownloadRoutes(app: Express, orm: MikroORM, storage: DocumentStorage, verify: TokenVerifier): void {
  app.get('/documents/uploads/:id', async (req, res) => {
    const actor = await verify(req.header('authorization')).catch(() => null);
    if (!actor || actor.kind === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', 'Sign in to open documents.');
    const id = String(req.params.id);
    const em = orm.em.fork();
    const doc = isUuid(id) ? await em.findOne(DemandDocumentFile, id) : null;
    const owner = actor.affiliateId ?? actor.partyId;
    let allowed = !!doc && owner === doc.ownerId;
    if (doc && !allowed && doc.demandId) {
      const demand = await em.findOne(Demand, doc.demandId);
      allowed = !!demand && canSeeDemand(actor, demand, actor.partyId ? await centersOfAgent(em, actor.partyId) : []);
    }
    if (!doc || !allowed) return fail(res, 404, 'NOT_FOUND', 'No such document for you.');
    const bytes = await storage.get(doc.storageKey);
    const safeName = doc.fileName.replace(/[^\w.\- ]/g, '_');
    res
      .type(doc.contentType)
      .set({ 'content-disposition': `inline; filename="${safeName}"`, 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' })
      .send(bytes);
  });
}
