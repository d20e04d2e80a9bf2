import { trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines (pino). Every line written while a traced request or event is
 * handled carries its trace_id and span_id, so a log line leads to its trace.
 * Credentials never reach a log: the paths below are censored wherever a
 * caller's request or headers are logged by mistake.
 */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
    base: { service },
    redact: {
      paths: [
        'authorization',
        'headers.authorization',
        'req.headers.authorization',
        'req.headers.cookie',
        'password',
        'otp',
        'token',
        'refreshToken',
        'accessToken',
        'secret',
        '*.password',
        '*.otp',
        '*.token',
        '*.secret',
      ],
      censor: '[redacted]',
    },
    mixin() {
      const span = trace.getActiveSpan();
      if (!span?.isRecording()) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
  });
}
