import { describe, expect, it } from 'vitest';
import { graph, routerSubscriptions } from '../support/graph';
import { signIn } from '../support/sessions';

/**
 * A dashboard polling with one token sends the same read many times at
 * once: the router sends one subgraph request for the identical reads of
 * one caller in flight, never one for two callers.
 */
describe('identical reads in flight', () => {
  it('are merged per caller and never across callers', async () => {
    const tokens = { citizen: (await signIn('citizen')).accessToken, citizen2: (await signIn('citizen2')).accessToken };
    const ask = (who: keyof typeof tokens) =>
      fetch(graph().routerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
        body: JSON.stringify({ query: '{ me { person { displayName } } }' }),
      }).then(async (r) => ({ who, body: (await r.json()) as { data?: { me: { person: { displayName: string } } } } }));
    const before = (await routerSubscriptions()).subgraphFetches?.identity ?? 0;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => ask(i % 2 ? 'citizen2' : 'citizen')));
    const sent = ((await routerSubscriptions()).subgraphFetches?.identity ?? 0) - before;
    // Each caller got their own answer, whatever was merged.
    for (const a of answers) expect(a.body.data?.me.person.displayName).toBe(a.who === 'citizen' ? 'Adjoa HOUNKPATIN' : 'Koffi AGBODJAN');
    // At least one request per caller, fewer than one per read.
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThan(40);
  });

  it('a mutation is never merged', async () => {
    const token = (await signIn('citizen')).accessToken;
    const before = (await routerSubscriptions()).subgraphFetches?.identity ?? 0;
    const mutate = () =>
      fetch(graph().routerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation { logout(input: { refreshToken: "not-a-token" }) }' }),
      }).then((r) => r.json());
    await Promise.all(Array.from({ length: 5 }, mutate));
    expect(((await routerSubscriptions()).subgraphFetches?.identity ?? 0) - before).toBe(5);
  });
});
