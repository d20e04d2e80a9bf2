import express from 'express';
import { DomainError } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import type { RouterAuth } from '../auth';
import { sendError } from './http-errors';

type Owner = 'registration' | 'billing';

/** Every document route the router passes on, and the subgraph that owns it. Nothing else is proxied. */
const PDF_ROUTES: Record<string, Owner> = {
  'gray-cards': 'registration',
  issued: 'registration',
  invoices: 'billing',
  receipts: 'billing',
};

export interface DocumentsProxyOptions {
  auth: RouterAuth;
  /** The client's address past trusted proxies (API-key failures are counted per address). */
  address: (req: express.Request) => string;
  /** GraphQL URLs of the subgraphs, known once the gateway loaded the supergraph. */
  subgraphUrl: (owner: Owner) => string | undefined;
  timeoutMs: number;
}

/**
 * Documents live in registration (uploads, gray cards, issued documents) and
 * billing (invoices, receipts); the router stays the one public address. The
 * upstream URL is built from the owning subgraph's origin and a path made of
 * checked parts only (a known kind and a UUID), never from what the client
 * sent, so the proxy cannot be pointed anywhere else. The caller is
 * authenticated here and the verified credential forwarded.
 */
export function documentsProxy(opts: DocumentsProxyOptions): express.Router {
  const router = express.Router();
  const pass = async (req: express.Request, res: express.Response, owner: Owner, path: string, body: boolean) => {
    const base = opts.subgraphUrl(owner);
    if (!base) return sendError(res, 503, 'UPSTREAM_UNAVAILABLE', 'The document service is not known yet; please try again.');
    try {
      const authenticated = await opts.auth.authenticate(req.header('authorization'), opts.address(req));
      // An anonymous upload is refused here, before its body is read or sent on.
      if (body && authenticated.actor.kind === 'anonymous') return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to upload documents.');
      const headers: Record<string, string> = {};
      if (body) for (const h of ['content-type', 'x-document-type', 'x-file-name', 'content-length']) if (req.header(h)) headers[h] = req.header(h)!;
      if (authenticated.authorization) headers.authorization = authenticated.authorization;
      const upstream = await fetch(new URL(path, new URL(base).origin), {
        method: req.method,
        headers,
        redirect: 'manual',
        ...(body && { body: req as unknown as ReadableStream, duplex: 'half' }),
        signal: AbortSignal.timeout(opts.timeoutMs),
      } as RequestInit);
      res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'application/octet-stream');
      const disposition = upstream.headers.get('content-disposition');
      if (disposition) res.set('content-disposition', disposition);
      // Served bytes are documents, never pages of this origin.
      res.set('x-content-type-options', 'nosniff');
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch (err) {
      if (err instanceof DomainError) return sendError(res, err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'RATE_LIMITED' ? 429 : 503, err.code, err.message);
      sendError(res, 503, 'UPSTREAM_UNAVAILABLE', 'The document service did not answer.');
    }
  };
  // Supporting documents as uploaded (PDF, JPEG or PNG): the uploader and those who may see the demand.
  router.get('/documents/uploads/:id', (req, res) => {
    const id = String(req.params.id);
    if (!isUuid(id)) return sendError(res, 404, 'NOT_FOUND', 'No such document.');
    return pass(req, res, 'registration', `/documents/uploads/${id}`, false);
  });
  router.get('/documents/:kind/:file', (req, res) => {
    const owner = PDF_ROUTES[String(req.params.kind)];
    const id = /^(.+)\.pdf$/.exec(String(req.params.file))?.[1];
    if (!owner || !id || !isUuid(id)) return sendError(res, 404, 'NOT_FOUND', 'No such document.');
    return pass(req, res, owner, `/documents/${req.params.kind}/${id}.pdf`, false);
  });
  router.post('/documents', (req, res) => pass(req, res, 'registration', '/documents', true));
  return router;
}
