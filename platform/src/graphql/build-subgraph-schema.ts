import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@interfaceObject", "@inaccessible"])';

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any, info: any) => unknown }>;

/**
 * type-graphql classes -> Federation 2 subgraph schema. Directives such as
 * @key live on the AST nodes, so the SDL is printed with them and rebuilt by
 * @apollo/subgraph; reference resolvers are merged in afterwards (mapping the
 * schema again would drop them).
 */
export async function buildFederatedSchema(options: Omit<BuildSchemaOptions, 'skipCheck' | 'scalarsMap' | 'validate'>, referenceResolvers: ReferenceResolvers = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    // Each @Subscription passes its own `subscribe` (from the event bus); type-graphql
    // still insists on a pubSub, so it gets one that says so if ever used.
    pubSub: {
      publish: () => {
        throw new Error('publish through the EventBus, not type-graphql');
      },
      subscribe: () => {
        throw new Error('give @Subscription a subscribe function');
      },
    },
    ...options,
    skipCheck: true,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false },
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, ref] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...ref } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
