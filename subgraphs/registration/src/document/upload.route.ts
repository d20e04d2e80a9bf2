import { createHash } from 'node:crypto';
import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TokenVerifier } from '@simveb/platform/auth/verify-token';
import { DomainError } from '@simveb/platform/errors';
import { newId } from '@simveb/platform/ids';
import { DOCUMENT_TYPES } from '../service/service.catalogue';
import type { DocumentStorage } from './document-storage';
import { DemandDocumentFile } from './document.entity';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/**
 * The formats accepted, recognised by their first bytes (not by what the
 * client claims): three fixed signatures, too small a need for a library.
 */
const SIGNATURES: [string, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
];
export function sniff(bytes: Buffer): string | null {
  return SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0] ?? null;
}

/** Uploads not attached to a demand that one account (or affiliate) may hold at once, by default (UPLOAD_MAX_PENDING). */
export const MAX_PENDING_DOCUMENTS = 50;

/**
 * Documents uploaded and never attached to a demand are removed after 24
 * hours (rows and files): nobody can fill the disk with drafts they never file.
 */
export async function removeUnattachedDocuments(orm: MikroORM, storage: DocumentStorage, olderThanMs = 86_400_000): Promise<number> {
  const em = orm.em.fork();
  const stale = await em.find(DemandDocumentFile, { demandId: null, uploadedAt: { $lt: new Date(Date.now() - olderThanMs) } }, { limit: 500 });
  for (const d of stale) await storage.remove(d.storageKey).catch(() => undefined);
  if (stale.length) await em.nativeDelete(DemandDocumentFile, { id: { $in: stale.map((d) => d.id) }, demandId: null });
  return stale.length;
}

const fail = (res: express.Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * POST /documents — body: the file; headers: `x-document-type` (one of the
 * known types), `x-file-name`; credentials as for GraphQL. Answers the
 * document's id, to pass in submitDemand(documentIds).
 */
export function documentRoutes(app: Express, orm: MikroORM, storage: DocumentStorage, verify: TokenVerifier, maxPending = MAX_PENDING_DOCUMENTS): void {
  // Who uploads, and whether they still may, is settled before a byte of the body is read.
  const authorise: express.RequestHandler = async (req, res, next) => {
    let actor;
    try {
      actor = await verify(req.header('authorization'));
    } catch (err) {
      return fail(res, 401, 'UNAUTHENTICATED', (err as Error).message);
    }
    if (actor.kind === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', 'Sign in to upload documents.');
    const owner = actor.affiliateId ?? actor.partyId;
    if (!owner) return fail(res, 403, 'FORBIDDEN', 'This profile cannot upload documents.');
    const pending = await orm.em.fork().count(DemandDocumentFile, { ownerId: owner, demandId: null, uploadedAt: { $gt: new Date(Date.now() - 86_400_000) } });
    if (pending >= maxPending) {
      return fail(res, 429, 'RATE_LIMITED', `You have ${pending} documents not attached to a demand yet: file a demand with them, or wait (unused ones are removed after 24 hours).`);
    }
    res.locals.actor = actor;
    res.locals.owner = owner;
    next();
  };
  app.post('/documents', authorise, express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES }), async (req, res) => {
    const owner = res.locals.owner as string;
    const type = String(req.header('x-document-type') ?? '');
    if (!DOCUMENT_TYPES[type]) return fail(res, 400, 'BAD_USER_INPUT', `x-document-type must be one of ${Object.keys(DOCUMENT_TYPES).join(', ')}.`);
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!bytes.length) return fail(res, 400, 'BAD_USER_INPUT', 'The file is empty.');
    const contentType = sniff(bytes);
    if (!contentType) return fail(res, 415, 'BAD_USER_INPUT', 'Only PDF, JPEG and PNG files are accepted.');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const id = newId();
    const storageKey = `${sha256.slice(0, 2)}/${id}`;
    try {
      await storage.put(storageKey, bytes);
      const em = orm.em.fork();
      const doc = em.create(DemandDocumentFile, {
        id,
        type,
        fileName: String(req.header('x-file-name') ?? `${type.toLowerCase()}`).slice(0, 200),
        contentType,
        size: bytes.length,
        sha256,
        storageKey,
        ownerId: owner,
      });
      await em.flush();
      res.status(201).json({ id: doc.id, type, contentType, size: doc.size, sha256 });
    } catch (err) {
      if (err instanceof DomainError) return fail(res, 400, err.code, err.message);
      throw err;
    }
  });
  // Payload too large and friends, as JSON.
  app.use('/documents', (err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err.type === 'entity.too.large') return fail(res, 413, 'BAD_USER_INPUT', `Documents are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
    next(err);
  });
}
