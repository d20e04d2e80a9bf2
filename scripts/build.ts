/**
 * `npm run build`: the production build. Each process (the router and the
 * four subgraphs) becomes one ES module in `dist/<name>/main.js`, run with
 * `node dist/<name>/main.js`. Our own code (`@simveb/*` workspaces, written
 * as TypeScript with extensionless imports) is bundled; every npm package
 * stays external and is loaded from node_modules (`npm ci --omit=dev`).
 *
 * esbuild rather than tsc emit: tsc keeps extensionless ESM imports that Node
 * refuses, and the workspaces export their .ts sources. Class names are kept
 * (MikroORM names entities and type-graphql names types after them).
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist');

const ENTRIES: Record<string, string> = {
  router: 'router/src/main.ts',
  identity: 'subgraphs/identity/src/main.ts',
  vehicle: 'subgraphs/vehicle/src/main.ts',
  registration: 'subgraphs/registration/src/main.ts',
  billing: 'subgraphs/billing/src/main.ts',
};

const packageName = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Whether a workspace holds its own copy of a package (npm nests a version that
 * differs from the hoisted one, e.g. platform's uuid): the bundle, loaded from
 * dist/, would only see the hoisted copy, so the nested one is compiled in.
 */
function nestedInWorkspace(importer: string, spec: string): boolean {
  for (let dir = path.dirname(importer); dir.startsWith(root) && dir !== root; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules', packageName(spec)))) return true;
  }
  return false;
}

/** npm packages stay external (loaded from the root node_modules); our workspaces are compiled in. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@simveb/') || args.path.startsWith('node:')) return undefined;
      if (args.importer.startsWith(root) && !args.importer.includes('/node_modules/') && nestedInWorkspace(args.importer, args.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [`${name}/main`, path.join(root, file)])),
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'shared/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  keepNames: true,
  sourcemap: true,
  // type-graphql reads the Reflect metadata API while the shared chunks load, before main.ts's own imports run.
  banner: { js: "import 'reflect-metadata';" },
  tsconfig: path.join(root, 'tsconfig.json'),
  plugins: [externalPackages],
  logLevel: 'warning',
});
console.log(
  `dist/: ${Object.keys(ENTRIES)
    .map((n) => `${n}/main.js`)
    .join(', ')} in ${Date.now() - started} ms`,
);
