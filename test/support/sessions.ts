import { SimvebClient } from '@simveb/clients/sdk';
import * as dev from '@simveb/clients/sdk/dev-sessions';
import type { DemoUser } from '@simveb/clients/sdk/dev-sessions';
import { graph } from './graph';

export type { DemoUser };
export { DEMO_USERS, loginDemoUser } from '@simveb/clients/sdk/dev-sessions';

const sink = () => graph().simulators.messaging!.url;
export const inbox = (to: string) => dev.inbox(to, sink());
export const codeSentTo = (to: string, after = 0, about?: RegExp) => dev.codeSentTo(to, after, sink(), about);
export const codesSentTo = (to: string, after = 0, about?: RegExp) => dev.codesSentTo(to, after, sink(), about);
export const lastMessageId = (to: string) => dev.lastMessageId(to, sink());

/**
 * The first code sent to `to` after message `after` (matching `about`) that `accept` takes, newest first. Other files may
 * ask codes for the same person at the same moment, and a message does not say which request it answers. `accept`
 * returns undefined for a code that is not its challenge's (a wrong try costs that challenge one of its attempts).
 */
export async function acceptedCode<T>(to: string, after: number, about: RegExp, accept: (code: string) => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const tried = new Set<string>();
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    for (const code of (await codesSentTo(to, after, about)).filter((c) => !tried.has(c))) {
      tried.add(code);
      const accepted = await accept(code);
      if (accepted !== undefined) return accepted;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`none of the ${tried.size} codes sent to ${to} (${about}) was accepted`);
}

export interface Session {
  client: SimvebClient;
  accessToken: string;
  refreshToken: string;
}

/** A demo user's session for this run (signed in once by the global setup), through the suite's router or another. */
export async function signIn(who: DemoUser, routerUrl = graph().routerUrl): Promise<Session> {
  const t = graph().sessions[who];
  const bearer = { authorization: `Bearer ${t.accessToken}` };
  return { client: new SimvebClient(routerUrl, bearer, bearer), ...t };
}

export const as = async (who: DemoUser, routerUrl?: string) => (await signIn(who, routerUrl)).client;
