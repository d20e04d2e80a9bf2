/** The subscriptions bench's fixture: citizens, staff, the roster and their demands written straight into the databases, and their tokens. */
import pg from 'pg';
import type { RunningGraph } from '@simveb/dev/launcher/graph';
import { tokenSigner } from './tokens';

export const N_CITIZENS = Number(process.env.BENCH_CITIZENS ?? 2000);
export const AGENTS_PER_CENTRE = 8;
export const MANAGERS = 4;

const uuid = (family: number, n: number) => `0190b${String(family).padStart(3, '0')}-0000-7000-8000-${String(n).padStart(12, '0')}`;

export interface Seeded {
  centres: string[];
  citizens: { id: string; centre: string; demands: string[] }[];
  agents: { id: string; centre: string }[];
  managers: { id: string }[];
  demands: Map<string, { applicant: string; centre: string; version: number; status: string }>;
}

async function withDb<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Columns of `table` as a select list, with some replaced by SQL expressions. */
async function selectList(c: pg.Client, table: string, overrides: Record<string, string>): Promise<{ columns: string; values: string }> {
  const cols = (await c.query('select column_name from information_schema.columns where table_name = $1 and table_schema = current_schema() order by ordinal_position', [table])).rows.map(
    (r) => r.column_name as string,
  );
  return { columns: cols.map((x) => `"${x}"`).join(', '), values: cols.map((x) => overrides[x] ?? `t."${x}"`).join(', ') };
}

/** Citizens, staff, the roster and 8,000 ASSIGNED demands, written straight into the databases (a bench fixture). */
export async function seed(graph: RunningGraph): Promise<Seeded> {
  const centres = await withDb(graph.databaseUrls.registration, async (c) => (await c.query('select id from management_center order by department')).rows.map((r) => r.id as string));
  const citizens = Array.from({ length: N_CITIZENS }, (_, i) => ({ id: uuid(1, i + 1), centre: centres[i % centres.length]!, demands: [] as string[] }));
  const agents = centres.flatMap((centre, ci) => Array.from({ length: AGENTS_PER_CENTRE }, (_, k) => ({ id: uuid(2, ci * AGENTS_PER_CENTRE + k + 1), centre })));
  const managers = Array.from({ length: MANAGERS }, (_, k) => ({ id: uuid(3, k + 1) }));
  const people = [...citizens.map((p) => p.id), ...agents.map((p) => p.id), ...managers.map((p) => p.id)];

  await withDb(graph.databaseUrls.identity, async (c) => {
    const { columns, values } = await selectList(c, 'person', {
      id: 'p.id::uuid',
      npi: "lpad((7000000000 + p.n)::text, 10, '0')",
      first_name: "'Bench'",
      last_name: "'PERSON ' || p.n",
      email: "'bench' || p.n || '@bench.simveb.bj'",
      phone: "'+2296' || lpad(p.n::text, 7, '0')",
    });
    await c.query(
      `insert into person (${columns}) select ${values} from person t, unnest($1::text[]) with ordinality as p(id, n) where t.id = (select id from person order by created_at limit 1) on conflict do nothing`,
      [people],
    );
  });

  const demands = new Map<string, { applicant: string; centre: string; version: number; status: string }>();
  await withDb(graph.databaseUrls.registration, async (c) => {
    const rosterCols = await selectList(c, 'center_agent', { id: 'gen_random_uuid()', center_id: 'r.centre::uuid', agent_id: 'r.agent::uuid', active: 'true' });
    await c.query(
      `insert into center_agent (${rosterCols.columns}) select ${rosterCols.values} from center_agent t, unnest($1::text[], $2::text[]) as r(agent, centre) where t.id = (select id from center_agent where role = 'AGENT' limit 1)`,
      [agents.map((a) => a.id), agents.map((a) => a.centre)],
    );
    const template = (await c.query("select id from demand where status = 'ASSIGNED' order by created_at limit 1")).rows[0]!.id as string;
    const rows: { id: string; applicant: string; centre: string; vehicle: string; agent: string }[] = [];
    let n = 0;
    for (const [ci, citizen] of citizens.entries()) {
      const centreAgents = agents.filter((a) => a.centre === citizen.centre);
      for (let k = 0; k < 4; k++) {
        n++;
        const id = uuid(9, n);
        citizen.demands.push(id);
        rows.push({
          id,
          applicant: citizen.id,
          centre: citizen.centre,
          vehicle: `0190a001-0000-7000-8000-${String(4 + (n % 150)).padStart(12, '0')}`,
          agent: centreAgents[(ci + k) % centreAgents.length]!.id,
        });
        demands.set(id, { applicant: citizen.id, centre: citizen.centre, version: 1, status: 'ASSIGNED' });
      }
    }
    const cols = await selectList(c, 'demand', {
      id: 'r.id::uuid',
      reference: "'BS-' || lpad(r.n::text, 8, '0')",
      applicant_id: 'r.applicant::uuid',
      center_id: 'r.centre::uuid',
      vehicle_id: 'r.vehicle::uuid',
      assigned_agent_id: 'r.agent::uuid',
      status: "'ASSIGNED'",
      version: '1',
      filed_by_affiliate_id: 'null',
      requested_number: 'null',
      requested_label: 'null',
    });
    await c.query(
      `insert into demand (${cols.columns}) select ${cols.values} from demand t, unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) with ordinality as r(id, applicant, centre, vehicle, agent, n) where t.id = $6`,
      [rows.map((r) => r.id), rows.map((r) => r.applicant), rows.map((r) => r.centre), rows.map((r) => r.vehicle), rows.map((r) => r.agent), template],
    );
  });
  return { centres, citizens, agents, managers, demands };
}

/** Access tokens for the seeded people. */
export async function tokenMinter(graph: RunningGraph) {
  const sign = await tokenSigner(graph);
  return (partyId: string, roles: string[]) => sign({ sub: partyId, typ: 'user', pty: partyId, prf: null, rol: roles, aff: null, afk: null, scp: [], cmn: null });
}
