/**
 * `npm run build:sdk`: the publishable SDK in clients/sdk/dist — one ES module
 * (esbuild; its npm dependencies stay external) and the type declarations
 * (tsc), plus the persisted-operations manifest. `npm pack ./clients/sdk`
 * then packs exactly that (package.json `files`).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const sdk = path.resolve(import.meta.dirname, '../clients/sdk');
const dist = path.join(sdk, 'dist');
rmSync(dist, { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(path.join(sdk, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
await build({
  entryPoints: [path.join(sdk, 'index.ts')],
  outfile: path.join(dist, 'index.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: Object.keys(pkg.dependencies),
  logLevel: 'warning',
});
execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/typescript/bin/tsc'), '-p', path.join(sdk, 'tsconfig.build.json')], { stdio: 'inherit' });
copyFileSync(path.join(sdk, 'generated/persisted-documents.json'), path.join(dist, 'persisted-documents.json'));
console.log(`clients/sdk/dist: index.js, declarations, persisted-documents.json`);
