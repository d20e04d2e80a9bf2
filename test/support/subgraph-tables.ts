import { afterAll, expect, it } from 'vitest';
import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
import { createOrm, type MikroORM } from '@simveb/platform/db/orm';
import type { SubgraphName } from '@simveb/platform/server/subgraph-config';
import { entities as billing } from '../../subgraphs/billing/src/entities';
import { entities as identity } from '../../subgraphs/identity/src/entities';
import { entities as registration } from '../../subgraphs/registration/src/entities';
import { entities as vehicle } from '../../subgraphs/vehicle/src/entities';
import { graph } from './graph';

const SUBGRAPH_ENTITIES: Record<SubgraphName, readonly unknown[]> = { billing, identity, registration, vehicle };

export interface TableRows {
  orm: MikroORM;
  entity: EntityClass<object>;
  meta: EntityMetadata<object>;
  /** The table's first rows by its first column, from the running graph (demo data and what the suite wrote so far). */
  rows: Record<string, unknown>[];
}

/**
 * One test per subgraph that compares two ways of reading the same rows: every table that has rows is handed to
 * `compare`, which returns how many comparisons it made; the subgraph's test needs more than `atLeast` of them.
 */
export function everyTableOfEverySubgraph(
  title: (subgraph: SubgraphName) => string,
  opts: { ormName: string; rowsPerTable: number; atLeast: number },
  compare: (table: TableRows) => Promise<number>,
): void {
  const orms: MikroORM[] = [];
  afterAll(async () => {
    for (const orm of orms) await orm.close();
  });
  for (const [name, list] of Object.entries(SUBGRAPH_ENTITIES) as [SubgraphName, EntityClass<object>[]][]) {
    it(title(name), async () => {
      const orm = await createOrm({ name: opts.ormName, url: graph().databaseUrls[name], entities: [...list], migrations: [] });
      orms.push(orm);
      let compared = 0;
      for (const entity of list) {
        const meta = orm.getMetadata().get(entity.name);
        const rows = await orm.em.fork().getConnection().execute<Record<string, unknown>[]>(`select * from "${meta.tableName}" order by 1 limit ${opts.rowsPerTable}`);
        if (rows.length) compared += await compare({ orm, entity, meta, rows });
      }
      expect(compared).toBeGreaterThan(opts.atLeast);
    });
  }
}
