import type { Express } from 'express';
import type { Actor } from '../auth/actor';
import type { TokenVerifier } from '../auth/verify-token';
import { isUuid } from '../ids';

/**
 * GET `<path>/:file` — one register document as PDF (`<uuid>.pdf`). The
 * caller's token is verified; `find` returns the record only if this caller
 * may have it. Anyone else gets 404 (whether it exists is not theirs to
 * know); a caller without valid credentials, 401.
 */
export function pdfRoute<T>(
  app: Express,
  path: string,
  verify: TokenVerifier,
  find: (id: string, actor: Actor) => Promise<T | null>,
  render: (doc: T, actor: Actor) => Promise<{ pdf: Uint8Array; fileName: string }>,
): void {
  app.get(`${path}/:file`, async (req, res) => {
    const actor = await verify(req.header('authorization')).catch(() => null);
    if (!actor || actor.kind === 'anonymous') {
      res.status(401).json({ errors: [{ message: 'Sign in to download documents.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    const id = req.params.file!.replace(/\.pdf$/, '');
    const doc = isUuid(id) ? await find(id, actor) : null;
    if (!doc) {
      res.status(404).json({ errors: [{ message: 'No such document for you.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const { pdf, fileName } = await render(doc, actor);
    res.type('application/pdf').set('content-disposition', `inline; filename="${fileName}"`).send(Buffer.from(pdf));
  });
}
