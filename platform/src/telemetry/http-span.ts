import type { RequestHandler } from 'express';
import { propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import { context, trace, tracer, tracingConfigured } from './tracing';

/**
 * One SERVER span per HTTP request, continuing the caller's W3C trace
 * (traceparent): the router's from the client, each subgraph's from the
 * router. Named by method and first path segment (a path is caller-chosen:
 * it never becomes a span name); GraphQL requests are renamed after their
 * operation (metrics/graphql-metrics.ts). Off entirely without an SDK.
 */
export function traceHttp(): RequestHandler {
  if (!tracingConfigured()) return (_req, _res, next) => next();
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    // The caller decided not to sample this trace: nothing under it records, so no span is made here either
    // (the parent-based sampler would only make a non-recording one); its context still flows to our calls.
    const remote = trace.getSpanContext(parent);
    if (remote && (remote.traceFlags & TraceFlags.SAMPLED) === 0) {
      context.with(parent, next);
      return;
    }
    const segment = /^\/[A-Za-z0-9_.-]{0,40}/.exec(req.path)?.[0] ?? '/';
    const span = tracer.startSpan(
      `${req.method} ${segment}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'url.path': req.path.slice(0, 200), 'url.scheme': req.protocol },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
