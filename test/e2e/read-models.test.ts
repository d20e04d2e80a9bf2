import { describe, expect } from 'vitest';
import { ReferenceKind } from '@mikro-orm/core';
import { managed, markReadOnly } from '@simveb/platform/graphql/loader';
import { everyTableOfEverySubgraph } from '../support/subgraph-tables';

/**
 * A query's loaders hand resolvers read models instead of managed entities
 * (platform/src/graphql/loader.ts). A read model must read like the entity:
 * for every table of every subgraph, rows of the running graph (demo data and
 * what the suite wrote so far) are turned into both, and every property must
 * hold the same value (a relation: the same id), the same type, and the same
 * class for `instanceof`.
 */
describe('read models', () => {
  // The demo data gives every subgraph rows to compare.
  everyTableOfEverySubgraph(
    (name) => `${name}: every table's rows read the same as managed entities`,
    { ormName: 'read-models-test', rowsPerTable: 50, atLeast: 10 },
    async ({ orm, entity, meta, rows }) => {
      let compared = 0;
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
      return compared;
    },
  );
});
