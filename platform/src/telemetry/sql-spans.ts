import type { MikroORM } from '@mikro-orm/postgresql';
import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { trace, tracer, tracingConfigured } from './tracing';

interface KnexQuery {
  __knexQueryUid?: string;
  sql?: string;
}

/**
 * A CLIENT span per SQL statement, under whatever span is active when the
 * ORM sends it (knex emits `query` in the caller's async context). The
 * statement is recorded with its placeholders, never its values.
 */
export function traceSql(orm: MikroORM, database: string): void {
  if (!tracingConfigured()) return;
  const knex = orm.em.getConnection().getKnex();
  const open = new Map<string, Span>();
  knex.on('query', (q: KnexQuery) => {
    // Statements of an unsampled request make no span at all: they are most of the spans, and most requests are not sampled.
    if (!q.__knexQueryUid || !trace.getActiveSpan()?.isRecording()) return;
    const sql = q.sql ?? '';
    const span = tracer.startSpan(sql.split(/\s+/, 1)[0]!.toLowerCase() || 'sql', {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': 'postgresql', 'db.namespace': database, 'db.query.text': sql.slice(0, 2_000) },
    });
    open.set(q.__knexQueryUid, span);
  });
  const end = (q: KnexQuery, err?: Error) => {
    const span = q?.__knexQueryUid ? open.get(q.__knexQueryUid) : undefined;
    if (!span) return;
    open.delete(q.__knexQueryUid!);
    if (err) span.setStatus({ code: SpanStatusCode.ERROR, message: err.message });
    span.end();
  };
  knex.on('query-response', (_res: unknown, q: KnexQuery) => end(q));
  knex.on('query-error', (err: Error, q: KnexQuery) => end(q, err));
}
