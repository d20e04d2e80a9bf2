import type { CombinedError } from '@urql/core';

/** What to tell the person: the graph's own message (written for people), else the transport's. */
export const messageOf = (error: CombinedError | null | undefined): string | null => (error ? (error.graphQLErrors[0]?.message ?? error.message) : null);

/** The graph's `extensions.code` (CONFLICT, FORBIDDEN…), to react to a kind of refusal. */
export const codeOf = (error: CombinedError | null | undefined): string | undefined => error?.graphQLErrors[0]?.extensions?.code as string | undefined;
