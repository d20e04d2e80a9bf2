import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO } from '@simveb/platform/demo';
import { REPO_ROOT } from '@simveb/dev/launcher/graph';
import { graph } from '../support/graph';

/**
 * The SDK as another repository gets it: built, packed with `npm pack`,
 * installed from the tarball into an empty project (its dependencies from the
 * registry), imported by plain Node, and used against the graph.
 */
describe.skipIf(!graph().realPostgres)('the SDK is a package another project installs', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'simveb-sdk-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('npm pack, npm install the tarball, query the graph with it', () => {
    execFileSync('npm', ['run', '-s', 'build:sdk'], { cwd: REPO_ROOT, stdio: 'pipe' });
    const packed = JSON.parse(execFileSync('npm', ['pack', './clients/sdk', '--json', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' })) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = packed[0]!.files.map((f) => f.path);
    // JavaScript and declarations only: no TypeScript sources, nothing of the server.
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/client.d.ts', 'dist/generated/graphql.d.ts', 'package.json', 'README.md']));
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);

    const project = path.join(work, 'consumer');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    execFileSync('npm', ['install', path.join(work, tarball), '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'pipe', timeout: 120_000 });
    const installed = readdirSync(path.join(project, 'node_modules'));
    expect(installed).not.toContain('@simveb/platform');

    writeFileSync(
      path.join(project, 'use.mjs'),
      `import { SimvebClient, DemandStatusChangedDocument } from '@simveb/sdk';
       const graph = new SimvebClient(process.env.URL, { authorization: 'Bearer ' + process.env.KEY });
       const res = await graph.request('{ vehicles(first: 2) { edges { node { vin plate { number } } } } }');
       if (res.errors) throw new Error(JSON.stringify(res.errors));
       console.log(JSON.stringify({ status: res.status, vehicles: res.data.vehicles.edges.length, typedDocument: DemandStatusChangedDocument.definitions[0].name.value }));`,
    );
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8', env: { PATH: process.env.PATH!, URL: graph().routerUrl, KEY: DEMO.partnerKey.key }, timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ status: 200, vehicles: 2, typedDocument: 'DemandStatusChanged' });
  }, 180_000);
});
