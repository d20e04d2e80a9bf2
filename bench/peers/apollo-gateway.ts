/**
 * Plain `@apollo/gateway` with Apollo Server 5, as Apollo documents it, for
 * `npm run bench -- peers`: the supergraph from a file, each request's
 * Authorization forwarded to the subgraphs, nothing else.
 * PORT and SUPERGRAPH_PATH are set by the bench.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

interface Ctx {
  authorization?: string;
}

class AuthorizationForwarding extends RemoteGraphQLDataSource<Ctx> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<Ctx>['willSendRequest']>>[0]): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
  buildService: ({ url }) => new AuthorizationForwarding({ url }),
});
const server = new ApolloServer<Ctx>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`apollo gateway ready at ${url}`);
