import { INVALID_SPAN_CONTEXT, ProxyTracerProvider, trace, type Span, type Tracer, type TracerProvider } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { tracingConfigured } from './tracing';

/**
 * Starts OpenTelemetry in this process when an OTLP endpoint is configured
 * (the standard OTEL_* variables: OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_EXPORTER_OTLP_HEADERS,
 * OTEL_TRACES_SAMPLER and its ARG, OTEL_RESOURCE_ATTRIBUTES); off otherwise.
 * exitOnSignal flushes it at shutdown.
 */
let flush: () => Promise<void> = async () => undefined;

/** Sends the spans still buffered (at shutdown, after the servers closed). */
export const flushTracing = (): Promise<void> => flush();

export function startTracing(service: string): void {
  if (!tracingConfigured()) return;
  process.env.OTEL_SERVICE_NAME ??= `simveb-${service}`;
  // Only traces: metrics are Prometheus' (/metrics), logs are pino's JSON lines.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const sdk = new NodeSDK({ traceExporter: new OTLPTraceExporter(), instrumentations: [] });
  sdk.start();
  quietGatewaySpans();
  flush = () => sdk.shutdown().catch(() => undefined);
}

/**
 * @apollo/gateway makes spans of its own (request, validate, plan, execute,
 * fetch, postprocessing) on every request, sampled or not: five context
 * switches per request, a tenth of the router's CPU with tracing on (bench
 * overhead, docs/performance.md). The router already makes the spans a trace
 * needs (its HTTP request, each subgraph fetch), so the gateway's tracer is
 * one that runs its callbacks in the caller's context and records nothing.
 */
function quietGatewaySpans(): void {
  const global = trace.getTracerProvider();
  if (!(global instanceof ProxyTracerProvider)) return;
  const sdkProvider = global.getDelegate();
  const nothing = (): Span => trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
  const passThrough: Tracer = {
    startSpan: nothing,
    startActiveSpan: ((...args: unknown[]) => (args[args.length - 1] as (span: Span) => unknown)(nothing())) as Tracer['startActiveSpan'],
  };
  const provider: TracerProvider = { getTracer: (name, version, options) => (name === '@apollo/gateway' ? passThrough : sdkProvider.getTracer(name, version, options)) };
  global.setDelegate(provider);
}
