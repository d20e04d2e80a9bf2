import pg from 'pg';

export interface RunDatabases {
  /** Each name's connection URL (`<run>_<name>` on the admin URL's server). */
  urls: Record<string, string>;
  /** Drops them (forcing out connections left open); safe to call twice. */
  drop(): Promise<void>;
}

/**
 * Fresh PostgreSQL databases for one run of the tests or a bench, named
 * `<run>_<name>`: every run starts from an empty schema and leaves nothing
 * behind. `run` is ours (letters, digits, underscores), never a caller's.
 */
export async function createDatabases(adminUrl: string, run: string, names: readonly string[]): Promise<RunDatabases> {
  if (!/^[a-z0-9_]+$/.test(run) || names.some((n) => !/^[a-z0-9_]+$/.test(n))) throw new Error(`not a database name: ${run} ${names.join(' ')}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const created: string[] = [];
  const urls: Record<string, string> = {};
  try {
    for (const name of names) {
      const db = `${run}_${name}`;
      await admin.query(`create database ${db}`);
      created.push(db);
      const url = new URL(adminUrl);
      url.pathname = `/${db}`;
      urls[name] = url.toString();
    }
  } finally {
    await admin.end();
  }
  return {
    urls,
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      for (const db of created.splice(0)) await c.query(`drop database if exists ${db} with (force)`).catch(() => undefined);
      await c.end();
    },
  };
}

/** The subgraphs' `<NAME>_DATABASE_URL` variables for databases made by createDatabases. */
export const databaseEnv = (urls: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_DATABASE_URL`, url]));
