import type { MikroORM } from '@mikro-orm/postgresql';
import { gauge } from './registry';

/** What knex's pool (tarn) tells about itself; read when Prometheus scrapes. */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

const pools = new Set<() => TarnPool | undefined>();

gauge('simveb_db_pool_connections', 'Database pool connections by state: used, free, waiting (requests queued for one), max.', ['state'], function () {
  let used = 0;
  let free = 0;
  let waiting = 0;
  let max = 0;
  for (const read of pools) {
    const pool = read();
    if (!pool) continue;
    used += pool.numUsed();
    free += pool.numFree();
    waiting += pool.numPendingAcquires();
    max += pool.max;
  }
  this.set({ state: 'used' }, used);
  this.set({ state: 'free' }, free);
  this.set({ state: 'waiting' }, waiting);
  this.set({ state: 'max' }, max);
});

/** Reports this ORM's connection pool in `simveb_db_pool_connections`. */
export function watchDbPool(orm: MikroORM): void {
  pools.add(() => (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool);
}
