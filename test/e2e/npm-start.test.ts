import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LoginDocument, SimvebClient } from '@simveb/clients/sdk';
import { fileAndPay, forgetSessions, grayCardVerified, treatPrinted, treatSimple } from '../support/journey';
import { REPO_ROOT } from '@simveb/dev/launcher/graph';
import { freePort } from '@simveb/dev/launcher/processes';
import { graph } from '../support/graph';

/**
 * `npm start` with nothing configured: embedded databases, seeded. The first
 * boot walks a citizen's whole journey (file with documents, pay on FedaPay's
 * page, live event, staff steps and printing to CLOSED, gray card PDF,
 * verification); Ctrl-C; the second boot on the same data finds the demand
 * again and pays another on KKiaPay's page.
 */
// It boots its own `npm start` on embedded databases whatever the suite runs on: the PostgreSQL pass covers it,
// and the embedded pass (files one after another) does not walk it a second time.
describe.skipIf(!graph().realPostgres && Boolean(process.env.CI))('the embedded default', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simveb-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  type Walk = (g: { routerUrl: string; sinkUrl: string }) => Promise<void>;

  async function bootOnce(walk: Walk): Promise<void> {
    const ports: Record<string, number> = {};
    for (const p of ['APPS', 'ROUTER', 'IDENTITY', 'VEHICLE', 'REGISTRATION', 'BILLING', 'MESSAGING', 'ANIP', 'DGI', 'CUSTOMS', 'FEDAPAY', 'KKIAPAY']) ports[`${p}_PORT`] = await freePort();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'tools/dev/src/launcher/main.ts')], { env, cwd: REPO_ROOT });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    try {
      await checkBoot(proc, () => out, ports);
      forgetSessions();
      await walk({ routerUrl: `http://127.0.0.1:${ports.ROUTER_PORT}/graphql`, sinkUrl: `http://127.0.0.1:${ports.MESSAGING_PORT}` });
    } catch (err) {
      throw new Error(`${String(err instanceof Error ? err.stack : err)}\n--- npm start output ---\n${out.slice(-6000)}`, { cause: err });
    } finally {
      // Whatever failed above, the graph it started must not outlive the test.
      if (proc.exitCode === null) proc.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }

  async function checkBoot(proc: ReturnType<typeof spawn>, output: () => string, ports: Record<string, number>): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (!output().includes('Ctrl-C stops everything.')) {
      if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output()).toContain(`http://127.0.0.1:${ports.ROUTER_PORT}/graphql`);
    expect(output()).toContain('embedded PGlite');
    // The web apps are served too, where the banner says.
    expect(output()).toContain(`http://127.0.0.1:${ports.APPS_PORT}/backoffice/`);
    const backoffice = await fetch(`http://127.0.0.1:${ports.APPS_PORT}/backoffice/`);
    expect(backoffice.status).toBe(200);
    expect(await backoffice.text()).toContain('<div id="app">');
    expect(await (await fetch(`http://127.0.0.1:${ports.APPS_PORT}/config.js`)).text()).toContain(`http://127.0.0.1:${ports.ROUTER_PORT}/graphql`);
    const anon = new SimvebClient(`http://127.0.0.1:${ports.ROUTER_PORT}/graphql`);
    // The banner's "Try" command works as printed: its key, its query.
    const tryIt = /-H 'authorization: Bearer (sk_[^']+)' \\\n\s+-d '([^']+)'/.exec(output());
    expect(tryIt, 'the banner prints a curl to try').not.toBeNull();
    const tried = await fetch(`http://127.0.0.1:${ports.ROUTER_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tryIt![1]}` },
      body: tryIt![2],
    });
    const triedBody = (await tried.json()) as {
      data?: { vehicles: { edges: { node: { vin: string; plate: { number: string } | null; holder: { displayName: string } | null } }[] } };
      errors?: unknown;
    };
    expect(triedBody.errors).toBeUndefined();
    expect(triedBody.data!.vehicles.edges).toHaveLength(5);
    expect(triedBody.data!.vehicles.edges[0]!.node).toMatchObject({ vin: expect.any(String), plate: { number: expect.stringMatching(/RB$/) }, holder: { displayName: expect.any(String) } });
    const login = await anon.request(LoginDocument, { input: { identifier: 'citizen@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
    expect(login.errors).toBeUndefined();
    const citizen = anon.with({ authorization: `Bearer ${login.data!.login.accessToken}` });
    // identity (me, person), registration (vehicles, plate, holder), vehicle (vin)
    const res = await citizen.request('{ me { person { vehicles(first: 5) { edges { node { vin plate { number } holder { displayName } } } } } } }');
    expect(res.errors).toBeUndefined();
    expect((res.data as any).me.person.vehicles.edges[0].node).toMatchObject({ plate: { number: 'AB 1001 RB' }, holder: { displayName: 'Adjoa HOUNKPATIN' } });
  }

  /** Free ports are picked before the processes bind them; another test may grab one meanwhile: try again. */
  async function boot(walk: Walk): Promise<void> {
    try {
      await bootOnce(walk);
    } catch (err) {
      if (!/EADDRINUSE/.test(String(err))) throw err;
      await bootOnce(walk);
    }
  }

  it('walks the citizen journey, stops on Ctrl-C, boots again on its data and takes a second payment', async () => {
    let first = { id: '', reference: '' };
    await boot(async (g) => {
      const filed = await fileAndPay(g, 'GRAY_CARD_DUPLICATE', ['NATIONAL_ID', 'LOSS_DECLARATION'], 'FEDAPAY');
      first = filed;
      // One SUBMIT in the history, then the payment and the assignment.
      expect(filed.demand.history.map((h) => h.action)).toEqual(['SUBMIT', 'CONFIRM_PAYMENT', 'ASSIGN']);
      await treatPrinted(g, filed.id);
      await grayCardVerified(g, filed.vehicleId);
    });
    await boot(async (g) => {
      const citizen = new SimvebClient(g.routerUrl);
      const login = await citizen.request(LoginDocument, { input: { identifier: 'citizen@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
      const me = citizen.with({ authorization: `Bearer ${login.data!.login.accessToken}` });
      const again = await me.request<{ demand: { reference: string; status: string } }, { id: string }>('query($id: ID!) { demand(id: $id) { reference status } }', { id: first.id });
      expect(again.data!.demand).toEqual({ reference: first.reference, status: 'CLOSED' });
      const second = await fileAndPay(g, 'GLASS_ENGRAVING', ['GRAY_CARD'], 'KKIAPAY');
      await treatSimple(g, second.id);
    });
  }, 600_000);
});
