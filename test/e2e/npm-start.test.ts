import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LoginDocument, SimvebClient } from '@simveb/clients/sdk';
import { REPO_ROOT } from '@simveb/platform/launcher/graph';
import { freePort } from '@simveb/platform/launcher/processes';

/** `npm start` with nothing configured: embedded databases, seeded, then Ctrl-C. Twice on the same data. */
describe('the embedded default', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simveb-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function bootOnce(): Promise<void> {
    const ports = {
      ROUTER_PORT: await freePort(),
      IDENTITY_PORT: await freePort(),
      VEHICLE_PORT: await freePort(),
      REGISTRATION_PORT: await freePort(),
      BILLING_PORT: await freePort(),
      MESSAGING_PORT: await freePort(),
      ANIP_PORT: await freePort(),
    };
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'platform/src/launcher/main.ts')], { env, cwd: REPO_ROOT });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    try {
      await checkBoot(proc, () => out, ports);
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
    const anon = new SimvebClient(`http://127.0.0.1:${ports.ROUTER_PORT}/graphql`);
    const login = await anon.request(LoginDocument, { input: { identifier: 'citizen@demo.simveb.bj', password: 'Demo-Citizen-2026' } });
    expect(login.errors).toBeUndefined();
    const citizen = anon.with({ authorization: `Bearer ${login.data!.login.accessToken}` });
    // identity (me, person), registration (vehicles, plate, holder), vehicle (vin)
    const res = await citizen.request('{ me { person { vehicles(first: 5) { edges { node { vin plate { number } holder { displayName } } } } } } }');
    expect(res.errors).toBeUndefined();
    expect((res.data as any).me.person.vehicles.edges[0].node).toMatchObject({ plate: { number: 'AB 1001 RB' }, holder: { displayName: 'Adjoa HOUNKPATIN' } });
  }

  /** Free ports are picked before the processes bind them; another test may grab one meanwhile: try again. */
  async function boot(): Promise<void> {
    try {
      await bootOnce();
    } catch (err) {
      if (!/EADDRINUSE/.test(String(err))) throw err;
      await bootOnce();
    }
  }

  it('boots, answers, stops on Ctrl-C, and boots again on its existing data', async () => {
    await boot();
    await boot();
  }, 400_000);
});
