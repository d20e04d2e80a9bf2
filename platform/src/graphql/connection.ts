import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInput } from '../errors';
import { isUuid } from '../ids';

@Directive('@shareable')
@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Relay connection type `<Name>Connection` with `<Name>Edge`; totalCount is computed only when asked. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of items matching the filter, all pages together.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export interface Page {
  limit: number;
  /** Sort key of the last item already seen (keyset pagination). */
  after?: string;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`c:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('c:') || raw.length < 3) throw BadInput.field('after', 'This cursor is not one the graph gave out.');
  return raw.slice(2);
}

/**
 * Validates `first`/`after` (first capped at 100, docs/api.md). Keysets here are
 * time-ordered UUIDs, so a cursor must decode to one.
 */
export function toPage(first: number | null | undefined, after: string | null | undefined, validKey: (key: string) => boolean = isUuid): Page {
  const limit = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) {
    throw BadInput.field('first', `first must be between 0 and ${MAX_PAGE}.`);
  }
  if (!after) return { limit };
  const key = decodeCursor(after);
  if (!validKey(key)) throw BadInput.field('after', 'This cursor is not one the graph gave out.');
  return { limit, after: key };
}

/**
 * Builds a connection from rows fetched with `limit + 1` (the extra row only
 * says whether a next page exists).
 */
export function toConnection<T>(rows: T[], page: Page, keyOf: (row: T) => string, count: () => Promise<number>): ConnectionShape<T> & { count: () => Promise<number> } {
  const items = rows.slice(0, page.limit);
  const edges = items.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  let cached: Promise<number> | undefined;
  const once = () => (cached ??= count());
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    count: once,
    totalCount: once,
  };
}
