import { afterAll, describe, expect, it } from 'vitest';
import { ReferenceKind, type EntityClass } from '@mikro-orm/core';
import { createOrm, type MikroORM } from '@simveb/platform/db/orm';
import { managed, markReadOnly } from '@simveb/platform/graphql/loader';
import type { SubgraphName } from '@simveb/platform/server/subgraph-config';
import { entities as billing } from '../../subgraphs/billing/src/entities';
import { entities as identity } from '../../subgraphs/identity/src/entities';
import { entities as registration } from '../../subgraphs/registration/src/entities';
import { entities as vehicle } from '../../subgraphs/vehicle/src/entities';
import { graph } from '../support/graph';

/**
 * A query's loaders hand resolvers read models instead of managed entities
 * (platform/src/graphql/loader.ts). A read model must read like the entity:
 * for every table of every subgraph, rows of the running graph (demo data and
 * what the suite wrote so far) are turned into both, and every property must
 * hold the same value (a relation: the same id), the same type, and the same
 * class for `instanceof`.
 */
const SUBGRAPH_ENTITIES: Record<SubgraphName, readonly unknown[]> = { billing, identity, registration, vehicle };

describe('read models', () => {
  const orms: MikroORM[] = [];
  afterAll(async () => {
    for (const orm of orms) await orm.close();
  });

  for (const [name, list] of Object.entries(SUBGRAPH_ENTITIES) as [SubgraphName, EntityClass<object>[]][]) {
    it(`${name}: every table's rows read the same as managed entities`, async () => {
      const orm = await createOrm({ name: 'read-models-test', url: graph().databaseUrls[name], entities: [...list], migrations: [] });
      orms.push(orm);
      let compared = 0;
      for (const entity of list) {
        const meta = orm.getMetadata().get(entity.name);
        const rows = await orm.em.fork().getConnection().execute<Record<string, unknown>[]>(`select * from "${meta.tableName}" order by 1 limit 50`);
        if (!rows.length) continue;
        const entities = managed(orm.em.fork(), entity, rows);
        const models = (() => {
          const em = orm.em.fork();
          markReadOnly(em);
          return managed(em, entity, rows);
        })();
        for (const [i, e] of entities.entries()) {
          const m = models[i] as Record<string, unknown>;
          expect(m).toBeInstanceOf(entity);
          for (const prop of meta.props) {
            const expected = (e as Record<string, unknown>)[prop.name];
            const actual = m[prop.name];
            const where = `${entity.name}.${prop.name} of row ${i}`;
            if (prop.kind === ReferenceKind.MANY_TO_ONE) {
              expect((actual as { id?: unknown } | null)?.id ?? null, where).toEqual((expected as { id?: unknown } | null)?.id ?? null);
            } else if (prop.kind === ReferenceKind.SCALAR) {
              expect(actual, where).toEqual(expected);
              expect(Object.prototype.toString.call(actual), where).toBe(Object.prototype.toString.call(expected));
            }
          }
          compared += 1;
        }
      }
      // The demo data gives every subgraph rows to compare.
      expect(compared).toBeGreaterThan(10);
    });
  }
});
