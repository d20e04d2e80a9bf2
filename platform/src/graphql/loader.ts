import DataLoader from 'dataloader';
import {
  ReferenceKind,
  type EntityClass,
  type EntityKey,
  type EntityProperty,
  type EntityDictionary,
  type EntityManager,
  type EntityMetadata,
  type FilterQuery,
  type QueryOrderMap,
} from '@mikro-orm/postgresql';
import { isUuid, uuidArrayLiteral } from '../ids';

/**
 * A DataLoader over "fetch all rows whose key is in this list": results come
 * back in key order, missing keys as null. One SQL statement per batch.
 */
export function keyedLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map(rows.map((r) => [keyOf(r), r] as const));
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

/** Same, for one-to-many: every key gets the (possibly empty) list of its rows. */
export function groupedLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const rows = await fetch(keys);
      const groups = new Map<K, V[]>();
      for (const r of rows) {
        const k = keyOf(r);
        const list = groups.get(k);
        if (list) list.push(r);
        else groups.set(k, [r]);
      }
      return keys.map((k) => groups.get(k) ?? []);
    },
    { maxBatchSize: 1000 },
  );
}

/**
 * Rows of an entity whose id is in `ids`, by one plain statement mapped to
 * entities: the hot path of every entity fetch (`_entities`). MikroORM's
 * `find` spent more CPU building the same SQL through its query builder
 * than PostgreSQL spent answering it (profile in docs/performance.md).
 */
export async function entitiesById<T extends object>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  const table = em.getMetadata().get(entity.name).tableName;
  // In the transaction the EntityManager is in, as its query builder would be: a second connection is refused there.
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select * from "${table}" where id = any(?::uuid[])`, [uuidArrayLiteral(valid)], 'all', em.getTransactionContext());
  return managed(em, entity, rows);
}

/** A loader of an entity by its id (the `_entities` and `ById` fields of every subgraph). */
export const byIdLoader = <T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> =>
  keyedLoader(
    (keys) => entitiesById(em, entity, keys),
    (row) => row.id,
  );

/** The keys that can be ids: a caller-given key that is not a UUID matches no row, and must not reach a uuid column. */
export const uuidKeys = (keys: readonly string[]): string[] => keys.filter(isUuid);

/**
 * An entity's rows for a list or a loader (`where` as MikroORM takes it),
 * read by the query builder without `find`'s per-entity validation, cascade
 * and populate machinery (docs/performance.md).
 */
export async function entitiesWhere<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>, opts: EntitiesWhereOptions<T> = {}): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const plain = plainStatement(meta, where, opts);
  if (plain === NOTHING) return [];
  if (plain) return managed(em, entity, await em.getConnection().execute<Record<string, unknown>[]>(plain.sql, plain.params, 'all', em.getTransactionContext()));
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (opts.orderBy) qb.orderBy(opts.orderBy);
  if (opts.limit !== undefined) qb.limit(opts.limit);
  const rows = await qb.execute<Record<string, unknown>[]>('all', false);
  return managed(em, entity, rows);
}

interface EntitiesWhereOptions<T> {
  orderBy?: QueryOrderMap<T>;
  limit?: number;
}

type Plain = string | number | boolean;
const isPlain = (v: unknown): v is Plain => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const NOTHING = Symbol('no row can match');

/**
 * The loaders' conditions — a column in a list of keys, equal to a value, or
 * null; ordered by columns; a limit — written as one plain statement, the SQL
 * MikroORM's query builder would have produced (`"col" in (?, …)`), without
 * building it: in an entity fetch the query builder (criteria nodes, knex's
 * compiler) was about a tenth of the billing subgraph's CPU. Any other shape
 * (operators, relations, custom types, `$and`) goes to the query builder.
 */
export function plainStatement<T extends object>(meta: EntityMetadata<T>, where: FilterQuery<T>, opts: EntitiesWhereOptions<T>): { sql: string; params: Plain[] } | typeof NOTHING | null {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return null;
  const column = (name: string): string | null => {
    const prop = meta.properties[name as EntityKey<T>] as EntityProperty<T> | undefined;
    return prop && prop.kind === ReferenceKind.SCALAR && !prop.customType && prop.fieldNames?.length === 1 ? `"${prop.fieldNames[0]}"` : null;
  };
  const clauses: string[] = [];
  const params: Plain[] = [];
  for (const [name, value] of Object.entries(where)) {
    const col = column(name);
    if (!col) return null;
    if (value === null) clauses.push(`${col} is null`);
    else if (isPlain(value)) {
      clauses.push(`${col} = ?`);
      params.push(value);
    } else if (value && typeof value === 'object' && Object.keys(value).length === 1 && Array.isArray((value as { $in?: unknown }).$in)) {
      const list = (value as { $in: unknown[] }).$in;
      if (!list.every(isPlain)) return null;
      if (!list.length) return NOTHING;
      clauses.push(`${col} in (${list.map(() => '?').join(', ')})`);
      params.push(...list);
    } else return null;
  }
  const order: string[] = [];
  for (const [name, direction] of Object.entries(opts.orderBy ?? {})) {
    const col = column(name);
    const dir = typeof direction === 'string' ? direction.toLowerCase() : '';
    if (!col || (dir !== 'asc' && dir !== 'desc')) return null;
    order.push(`${col} ${dir}`);
  }
  if (opts.limit !== undefined && !(Number.isInteger(opts.limit) && opts.limit >= 0)) return null;
  const sql = `select * from "${meta.tableName}"${clauses.length ? ` where ${clauses.join(' and ')}` : ''}${order.length ? ` order by ${order.join(', ')}` : ''}${opts.limit !== undefined ? ` limit ${opts.limit}` : ''}`;
  return { sql, params };
}

/**
 * Rows straight from the table, as managed entities: nothing to validate, and
 * the relations stay references (no cascade). In a read-only request (a query:
 * nothing is flushed) they become read models instead (see `readModel`).
 */
export function managed<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: Record<string, unknown>[]): T[] {
  const meta = em.getMetadata().get(entity.name);
  const driver = em.getDriver();
  if (readOnly.has(em)) return rows.map((r) => readModel(meta, driver.mapResult(r as EntityDictionary<T>, meta)!, em));
  return rows.map((r) =>
    em.merge(entity, driver.mapResult(r as EntityDictionary<T>, meta)!, { refresh: true, convertCustomTypes: true, validate: false, cascade: false, disableContextResolution: true }),
  );
}

/** EntityManagers of read-only requests (GraphQL queries): their loaders and lists build read models. */
const readOnly = new WeakSet<EntityManager>();

/** Says that nothing this EntityManager reads will be written back: its rows may be read models. */
export function markReadOnly(em: EntityManager): void {
  readOnly.add(em);
}

/**
 * A row as an instance of its entity class that MikroORM does not manage:
 * the class's prototype (getters, methods, `instanceof` for union and
 * interface types), each column under its property name, and each
 * `ManyToOne` as `{ id }`, all a resolver reads of a reference here (checked
 * against managed entities for every table in read-models.test.ts). Making
 * managed entities of the rows (hydration, a reference entity per relation,
 * the identity map, per-instance accessors) was a third of an entity fetch's
 * CPU (docs/performance.md); a query never writes them back.
 */
function readModel<T extends object>(meta: EntityMetadata<T>, data: EntityDictionary<T>, em: EntityManager): T {
  const model = Object.create(meta.prototype as object) as Record<string, unknown>;
  const platform = em.getPlatform();
  for (const prop of meta.props) {
    if (!(prop.name in data)) continue;
    const value = (data as Record<string, unknown>)[prop.name];
    if (prop.kind === ReferenceKind.MANY_TO_ONE) model[prop.name] = value == null ? null : { id: value };
    else if (value != null && prop.customType) model[prop.name] = prop.customType.convertToJSValue(value, platform);
    else model[prop.name] = value;
  }
  return model as T;
}
