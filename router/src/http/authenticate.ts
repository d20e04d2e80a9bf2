import type { Request, RequestHandler } from 'express';
import { DomainError } from '@simveb/platform/errors';
import type { RouterAuth } from '../auth';
import { refusals } from '../metrics';
import { addressBudgetKey, clientAddress, type TrustProxy } from './client-address';

/**
 * The caller's credential checked before anything reads the body: the
 * verified identity goes to `res.locals.auth`. A bad credential is a 401, too
 * many bad API keys from one address a 429, the identity service unreachable
 * a 503 — each in the GraphQL error shape.
 */
export function authenticate(auth: RouterAuth, trust: TrustProxy): RequestHandler {
  return async (req: Request, res, next) => {
    try {
      res.locals.auth = await auth.authenticate(req.header('authorization'), addressBudgetKey(clientAddress(req, trust)));
      next();
    } catch (err) {
      if (!(err instanceof DomainError)) return next(err);
      if (err.code === 'RATE_LIMITED') {
        refusals.inc({ reason: 'api_key_failures', transport: 'http' });
        res.set('retry-after', String(err.extensions.retryAfterSeconds ?? 60));
      }
      res.status(err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'RATE_LIMITED' ? 429 : 503).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
    }
  };
}
