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
