import cors from 'cors';
import type express from 'express';

/** What browsers may send and read across origins (the apps run on their own origins in development). */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  // Apollo's CSRF prevention: a non-simple header forces a preflight.
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-document-type',
  'x-file-name',
  'traceparent',
];
const EXPOSED_HEADERS = ['x-query-cost', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after', 'content-disposition'];

/**
 * CORS for the listed origins only; any other origin gets no CORS headers, so
 * its browser pages cannot read our answers. Credentials headers are allowed
 * (the apps send `authorization`; no cookies are used).
 */
export function corsFor(origins: readonly string[]): express.RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
}
