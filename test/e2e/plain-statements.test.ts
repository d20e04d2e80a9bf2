import { describe, expect } from 'vitest';
import { IsolationLevel, ReferenceKind, type FilterQuery } from '@mikro-orm/core';
import { plainStatement } from '@simveb/platform/graphql/loader';
import { everyTableOfEverySubgraph } from '../support/subgraph-tables';

/**
 * The loaders' conditions are written as plain statements instead of going
 * through MikroORM's query builder (platform/src/graphql/loader.ts). For every
 * scalar column of every table of every subgraph, with values taken from the
 * running graph's rows: a key list, a key list with an equality and a null
 * check, ordered both ways, limited — both must return the same rows in the
 * same order. Shapes the plain statement does not take must be refused (the
 * query builder answers them).
 */
describe('plain statements of the loaders', () => {
  everyTableOfEverySubgraph(
    (name) => `${name}: the same rows as the query builder, for every column`,
    { ormName: 'plain-statements-test', rowsPerTable: 20, atLeast: 20 },
    async ({ orm, entity, meta, rows }) => {
      let compared = 0;
      const em = orm.em.fork();
      for (const prop of meta.props) {
        if (prop.kind !== ReferenceKind.SCALAR || prop.customType || prop.fieldNames.length !== 1) continue;
        const values = [...new Set(rows.map((r) => r[prop.fieldNames[0]!]).filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))];
        if (!values.length) continue;
        const other = meta.props.find((p) => p !== prop && p.kind === ReferenceKind.SCALAR && p.nullable && !p.customType && p.fieldNames.length === 1);
        // Ordered by the primary key where it is a plain column (a bigint id has a custom type: the query builder's).
        const pk = meta.properties[meta.primaryKeys[0] as keyof typeof meta.properties] as { name: string; customType?: unknown };
        const byPk = pk.customType ? undefined : pk.name;
        const shapes: [Record<string, unknown>, { orderBy?: Record<string, 'asc' | 'desc'>; limit?: number }][] = [
          [{ [prop.name]: { $in: values } }, {}],
          [{ [prop.name]: { $in: values } }, byPk ? { orderBy: { [byPk]: 'desc' }, limit: 5 } : { limit: 5 }],
          [{ [prop.name]: values[0] }, { orderBy: { [prop.name]: 'asc', ...(byPk && { [byPk]: 'asc' }) } }],
          ...(other ? [[{ [prop.name]: { $in: values }, [other.name]: null }, {}] as [Record<string, unknown>, object]] : []),
        ];
        if (pk.customType) expect(plainStatement(meta, { [prop.name]: { $in: values } } as FilterQuery<object>, { orderBy: { [pk.name]: 'asc' } })).toBeNull();
        for (const [where, opts] of shapes) {
          const plain = plainStatement(meta, where as FilterQuery<object>, opts);
          expect(plain, `${entity.name} ${JSON.stringify(where)}`).not.toBeNull();
          if (typeof plain !== 'object' || !plain) continue;
          // Both in one snapshot: other files insert rows (inbox entries, outbox events) while this one reads.
          const [byPlain, byBuilder] = await em.transactional(
            async (tx) => {
              const plainRows = await tx.getConnection().execute<Record<string, unknown>[]>(plain.sql, plain.params, 'all', tx.getTransactionContext());
              const qb = tx
                .createQueryBuilder(entity)
                .select('*')
                .where(where as FilterQuery<object>);
              if (opts.orderBy) qb.orderBy(opts.orderBy);
              if (opts.limit !== undefined) qb.limit(opts.limit);
              return [plainRows, await qb.execute<Record<string, unknown>[]>('all', false)] as const;
            },
            { isolationLevel: IsolationLevel.REPEATABLE_READ },
          );
          // A limit without an order picks any rows: only their count is comparable then.
          if (opts.limit !== undefined && !opts.orderBy) {
            expect(byPlain.length).toBe(byBuilder.length);
            continue;
          }
          // Ordered comparisons need a total order: the primary key last.
          const ordered = Boolean(opts.orderBy && byPk);
          const key = (r: Record<string, unknown>) => JSON.stringify(r);
          expect(ordered ? byPlain.map(key) : byPlain.map(key).sort(), `${entity.name} ${JSON.stringify(where)} ${JSON.stringify(opts)}`).toEqual(
            ordered ? byBuilder.map(key) : byBuilder.map(key).sort(),
          );
          compared += 1;
        }
      }
      // What the plain statement does not take is left to the query builder.
      expect(plainStatement(meta, { $and: [{ [meta.primaryKeys[0]!]: 'x' }] } as FilterQuery<object>, {})).toBeNull();
      expect(plainStatement(meta, { [meta.primaryKeys[0]!]: { $gt: 'x' } } as FilterQuery<object>, {})).toBeNull();
      expect(plainStatement(meta, { notAProperty: 1 } as FilterQuery<object>, {})).toBeNull();
      return compared;
    },
  );
});
