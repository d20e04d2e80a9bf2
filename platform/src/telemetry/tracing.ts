import { context, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';

/**
 * Traces of the graph. Spans are made by hand at the few boundaries that
 * matter (HTTP in and out, GraphQL operations, subgraph fetches, SQL, Redis,
 * outbox and feeds, SMS) rather than by monkey-patching instrumentations:
 * those need an ESM loader hook for our `import`s and would wrap every
 * resolver, a cost the request path cannot afford (docs/performance.md).
 * Without an SDK (OTLP endpoint unset) every call here is the API's no-op.
 */
export const tracer = trace.getTracer('simveb-graph');

/** True when an OTLP endpoint is configured: the SDK is started (see telemetry/start.ts). */
export const tracingConfigured = (env: NodeJS.ProcessEnv = process.env): boolean => env.OTEL_SDK_DISABLED !== 'true' && !!(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);

/** Runs `fn` in a span that ends with it (error status and exception recorded when it throws). */
export async function inSpan<T>(
  name: string,
  kind: SpanKind,
  attributes: Record<string, string | number | boolean | undefined>,
  fn: (span: Span) => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  const span = tracer.startSpan(name, { kind, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (err) {
    failed(span, err);
    throw err;
  } finally {
    span.end();
  }
}

export function failed(span: Span, err: unknown): void {
  span.recordException(err instanceof Error ? err : String(err));
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}

/** Whether the work under way is sampled: children of an unsampled request are not even created. */
export const recording = (): boolean => trace.getActiveSpan()?.isRecording() === true;

/** W3C trace context of `ctx` as headers (traceparent, tracestate), to send with a request or store with an event. */
export function traceHeaders(ctx: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context a traceparent (from a request or a stored event) continues. */
export function continueTrace(traceparent: string | null | undefined, tracestate?: string | null): Context {
  if (!traceparent) return context.active();
  return propagation.extract(context.active(), tracestate ? { traceparent, tracestate } : { traceparent });
}

/** The traceparent to store with an event written now, when this work is traced (sampled). */
export function currentTraceparent(): string | null {
  const span = trace.getActiveSpan();
  if (!span || !span.isRecording()) return null;
  return traceHeaders().traceparent ?? null;
}

export { SpanKind, context, trace };
