import type express from 'express';

/** The GraphQL error shape for answers that never reach GraphQL execution (routing, body parsing, proxies). */
export function sendError(res: express.Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * Only origin-form request targets ("/graphql?…"). An absolute-form target
 * ("GET http://host/…") or an authority-form one is what proxies speak, not
 * clients; accepting it let a path-joining proxy be pointed at any address.
 */
export const originFormOnly: express.RequestHandler = (req, res, next) => {
  if (!req.url.startsWith('/') || req.url.startsWith('//')) return sendError(res, 400, 'BAD_REQUEST', 'The request target must be a path on this server.');
  next();
};

/** Body-parser and other HTTP-level failures as GraphQL errors with the status they deserve; never an HTML page. */
export const jsonErrors: express.ErrorRequestHandler = (err, _req, res, _next) => {
  const e = err as { type?: string; status?: number; expose?: boolean; message?: string };
  if (e.type === 'entity.parse.failed') return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  if (e.type === 'entity.too.large') return sendError(res, 413, 'BAD_REQUEST', 'The request body is too large.');
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return sendError(res, 415, 'BAD_REQUEST', 'Send the body as UTF-8 JSON.');
  if (e.status && e.status >= 400 && e.status < 500) return sendError(res, e.status, 'BAD_REQUEST', e.expose && e.message ? e.message : 'Bad request.');
  console.error(err);
  return sendError(res, 500, 'INTERNAL', 'Internal error.');
};

/** Routes that do not exist answer JSON too. */
export const notFound: express.RequestHandler = (req, res) => sendError(res, 404, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}.`);
