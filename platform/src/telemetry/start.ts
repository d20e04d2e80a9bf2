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
  flush = () => sdk.shutdown().catch(() => undefined);
}
