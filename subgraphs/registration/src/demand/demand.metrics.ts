import type { MikroORM } from '@mikro-orm/postgresql';
import { gauge } from '@simveb/platform/metrics/registry';
import { OPEN_STATUSES } from './demand.enums';

interface QueueRow {
  status: string;
  total: string;
  overdue: string;
}

/**
 * The workflow's queues for the dashboards and alerts: open demands per
 * status and how many are past their step's target time. Read when
 * Prometheus scrapes (one grouped count over open demands, shared by both
 * gauges of a scrape), never counted on the request path, so a rolled-back
 * transition never shows.
 */
export function demandQueueMetrics(orm: MikroORM): void {
  let read: { at: number; rows: Promise<QueueRow[]> } | undefined;
  const rows = () => {
    // The registry reads every gauge of a scrape at once: they share one query.
    if (!read || Date.now() - read.at > 1_000) {
      read = {
        at: Date.now(),
        rows: orm.em
          .getConnection()
          .execute('select status, count(*) as total, count(*) filter (where due_at < now()) as overdue from demand where status = any(?::text[]) group by status', [`{${OPEN_STATUSES.join(',')}}`]),
      };
    }
    return read.rows;
  };
  gauge('simveb_demands_open', 'Open demands per status.', ['status'], async function () {
    const found = await rows();
    for (const status of OPEN_STATUSES) this.set({ status }, Number(found.find((r) => r.status === status)?.total ?? 0));
  });
  gauge('simveb_demands_overdue', 'Open demands past their step’s target time, per status.', ['status'], async function () {
    const found = await rows();
    for (const status of OPEN_STATUSES) this.set({ status }, Number(found.find((r) => r.status === status)?.overdue ?? 0));
  });
}
