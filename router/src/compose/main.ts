/**
 * `npm run compose`: prints every subgraph's SDL to schema/<name>.graphql and
 * composes schema/supergraph.graphql (plus schema/api.graphql, the public
 * schema clients are generated from). Fails with the composition errors.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, printSchema } from 'graphql';
import { DEFAULT_PORTS, type SubgraphName } from '@simveb/platform/server/subgraph-config';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const SUBGRAPHS: SubgraphName[] = ['identity', 'vehicle', 'registration', 'billing'];

const sdls = await Promise.all(
  SUBGRAPHS.map(async (name) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'print-subgraph-sdl.ts'), name], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development' },
      maxBuffer: 16 * 1024 * 1024,
    });
    await writeFile(path.join(root, 'schema', `${name}.graphql`), stdout);
    return { name, sdl: stdout };
  }),
);

const result = composeServices(sdls.map(({ name, sdl }) => ({ name, typeDefs: parse(sdl), url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql` })));
if (result.errors) {
  console.error('Composition failed:');
  for (const e of result.errors) console.error(`- ${e.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) if (process.env.COMPOSE_HINTS) console.warn(`hint: ${hint.toString()}`);
await writeFile(path.join(root, 'schema', 'supergraph.graphql'), result.supergraphSdl);
const api = printSchema(Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema());
await writeFile(path.join(root, 'schema', 'api.graphql'), `${api}\n`);
console.log(`composed ${SUBGRAPHS.length} subgraphs into schema/supergraph.graphql`);
