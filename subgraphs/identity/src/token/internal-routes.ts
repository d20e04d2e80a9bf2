import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '@simveb/platform/errors';
import { isUuid } from '@simveb/platform/ids';
import { Affiliate } from '../affiliate/affiliate.entity';
import { exchangeApiKey } from '../affiliate/admin.service';
import type { KeyStore } from './key-store';
import type { TokenService } from './token.service';

/**
 * Identity's HTTP routes besides GraphQL: the public keys every process
 * verifies tokens with, and what the router asks on each partner request
 * (behind the internal token).
 */
export function identityRoutes(app: Express, deps: { orm: MikroORM; keys: KeyStore; tokens: TokenService; internalToken: string }): void {
  app.get('/.well-known/jwks.json', async (_req, res) => {
    res.set('cache-control', 'public, max-age=60').json(await deps.keys.jwks());
  });
  // The router asks whether an affiliate is still approved (its members' tokens stop the moment it is suspended).
  app.get('/internal/affiliates/:id/status', async (req, res) => {
    if (req.header('x-internal-token') !== deps.internalToken) return void res.status(401).json({ error: 'internal endpoint' });
    const a = isUuid(req.params.id) ? await deps.orm.em.fork().findOne(Affiliate, req.params.id) : null;
    res.json({ status: a?.status ?? 'UNKNOWN' });
  });
  // The router exchanges a partner's API key for a one-minute token on every request.
  app.post('/internal/api-keys/exchange', express.json({ limit: '4kb' }), async (req, res) => {
    try {
      res.json(await exchangeApiKey(deps.orm.em.fork(), String(req.body?.key ?? ''), deps.tokens));
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      res.status(401).json({ error: err.message, code: err.code });
    }
  });
}
