/**
 * Prints one subgraph's SDL (with federation directives) to stdout. Run in
 * its own process per subgraph: type-graphql keeps metadata in a global
 * store, and two subgraphs both declare a `Vehicle`.
 */
import 'reflect-metadata';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';

const name = process.argv[2]!;
const mod = await import(path.resolve(import.meta.dirname, '../../../subgraphs', name, 'src/schema.ts'));
const schema = await mod.default();
process.stdout.write(printSubgraphSchema(schema));
