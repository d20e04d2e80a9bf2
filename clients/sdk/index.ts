export * from './client';
export * from './generated/graphql';
