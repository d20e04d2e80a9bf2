import pg from 'pg';
import { importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { RunningGraph } from '@simveb/dev/launcher/graph';

/** Signs access tokens with identity's current key, read from its database as identity itself does. */
export async function tokenSigner(graph: RunningGraph): Promise<(claims: JWTPayload) => Promise<string>> {
  const c = new pg.Client({ connectionString: graph.databaseUrls.identity });
  await c.connect();
  const row = await c
    .query('select kid, private_jwk from signing_key where activates_at <= now() order by created_at desc limit 1')
    .then((r) => r.rows[0])
    .finally(() => c.end());
  const key = await importJWK(row.private_jwk as JWK, 'ES256');
  return ({ iat: _iat, exp: _exp, ...claims }) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: row.kid as string })
      .setIssuer('simveb-identity')
      .setAudience('simveb-graph')
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(key);
}
