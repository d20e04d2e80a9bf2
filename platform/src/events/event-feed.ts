import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

export interface FeedEvent {
  eventId: string;
  txid: string;
  topic: string;
  payload: Record<string, unknown>;
  /** When the producer committed it (ISO 8601): consumers report their lag from it. */
  createdAt?: string;
  /** The producer's trace (W3C traceparent), when the work that wrote it was traced. */
  traceparent?: string | null;
}

/**
 * GET /internal/events?topics=a,b&afterTxid=&afterId=&limit= — this
 * subgraph's outbox as a durable, ordered feed for other subgraphs. Only
 * rows of transactions older than every transaction still running are served
 * (pg_snapshot_xmin), so a reader that resumes after its cursor misses nothing.
 * Internal: callers present the shared INTERNAL_TOKEN.
 */
export function eventFeedRoute(app: Express, orm: MikroORM, internalToken: string): void {
  app.get('/internal/events', express.json(), async (req, res) => {
    if (req.header('x-internal-token') !== internalToken) {
      res.status(401).json({ error: 'internal endpoint' });
      return;
    }
    const topics = String(req.query.topics ?? '')
      .split(',')
      .filter(Boolean);
    const afterTxid = String(req.query.afterTxid ?? '0');
    const afterId = String(req.query.afterId ?? '0');
    const limit = Math.min(Number(req.query.limit ?? 200) || 200, 1000);
    if (!/^\d+$/.test(afterTxid) || !/^\d+$/.test(afterId)) {
      res.status(400).json({ error: 'bad cursor' });
      return;
    }
    const rows = await orm.em.getConnection().execute<{ id: string; txid: string; topic: string; payload: Record<string, unknown>; created_at: Date; traceparent: string | null }[]>(
      `select id, txid, topic, payload, created_at, traceparent from outbox
        where (txid, id) > (?::bigint, ?::bigint)
          and txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
          and topic = any(?::text[])
        order by txid, id
        limit ?`,
      [afterTxid, afterId, `{${topics.join(',')}}`, limit],
    );
    res.json({
      events: rows.map((r) => ({ eventId: String(r.id), txid: String(r.txid), topic: r.topic, payload: r.payload, createdAt: new Date(r.created_at).toISOString(), traceparent: r.traceparent })),
    });
  });
}
