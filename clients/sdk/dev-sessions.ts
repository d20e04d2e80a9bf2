/**
 * Development helpers: sign the demo users of the embedded default in, reading
 * one-time codes from the local SMS sink. For tests, benchmarks and examples;
 * meaningless against production (no demo users, no sink).
 */
import { DEMO } from '@simveb/platform/demo';
import { SimvebClient } from './client';
import { LoginDocument, VerifyOtpDocument } from './generated/graphql';

export type DemoUser = 'citizen' | 'citizen2' | 'agent' | 'agent2' | 'manager' | 'admin' | 'bank' | 'printer' | 'clerk' | 'judge' | 'dealer';

export const DEMO_PASSWORDS: Record<DemoUser, string> = {
  citizen: 'Demo-Citizen-2026',
  citizen2: 'Demo-Citizen-2026',
  agent: 'Demo-Agent-2026',
  agent2: 'Demo-Agent-2026',
  manager: 'Demo-Manager-2026',
  admin: 'Demo-Admin-2026',
  bank: 'Demo-Bank-2026',
  dealer: 'Demo-Dealer-2026',
  printer: 'Demo-Printer-2026',
  clerk: 'Demo-Clerk-2026',
  judge: 'Demo-Judge-2026',
};

interface SinkMessage {
  id: number;
  to: string;
  body: string;
}

/** Messages the SMS/e-mail sink received for a destination, oldest first. */
export async function inbox(to: string, sinkUrl: string): Promise<SinkMessage[]> {
  const url = new URL('/messages', sinkUrl);
  url.searchParams.set('to', to);
  return (await (await fetch(url)).json()) as SinkMessage[];
}

/** Six-digit codes of the messages to `to` after message id `after` (matching `about`), newest first. */
export async function codesSentTo(to: string, after: number, sinkUrl: string, about: RegExp = /./): Promise<string[]> {
  return (await inbox(to, sinkUrl))
    .filter((m) => m.id > after && about.test(m.body))
    .map((m) => /\b(\d{6})\b/.exec(m.body)?.[1])
    .filter((c): c is string => !!c)
    .reverse();
}

/** The code of the newest message to `to` (matching `about`) that arrived after message id `after`; waits up to 15 s (a browser test starts waiting when it clicks, so the wait covers the request itself, two password hashes included, on a loaded machine). */
export async function codeSentTo(to: string, after: number, sinkUrl: string, about?: RegExp): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [code] = await codesSentTo(to, after, sinkUrl, about);
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no code sent to ${to}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function lastMessageId(to: string, sinkUrl: string): Promise<number> {
  return (await inbox(to, sinkUrl)).at(-1)?.id ?? 0;
}

export const DEMO_USERS = Object.keys(DEMO_PASSWORDS) as DemoUser[];

/**
 * Signs a demo user in through the router like a frontend: password, and for
 * staff the code the SMS sink received. Used once per run by the global setup.
 */
export async function loginDemoUser(routerUrl: string, sinkUrl: string, who: DemoUser): Promise<{ accessToken: string; refreshToken: string }> {
  const anon = new SimvebClient(routerUrl);
  const person = DEMO.persons[who];
  const before = await lastMessageId(person.phone, sinkUrl);
  const res = await anon.request(LoginDocument, { input: { identifier: person.email, password: DEMO_PASSWORDS[who] } });
  if (res.errors) throw new Error(`login ${who}: ${JSON.stringify(res.errors)}`);
  let tokens: { accessToken?: string | null; refreshToken?: string | null } = res.data!.login;
  if (res.data!.login.secondFactor) {
    const code = await codeSentTo(person.phone, before, sinkUrl);
    const v = await anon.request(VerifyOtpDocument, { input: { challengeId: res.data!.login.secondFactor.challengeId, code } });
    if (v.errors) throw new Error(`second factor ${who}: ${JSON.stringify(v.errors)}`);
    tokens = v.data!.verifyOtp;
  }
  return { accessToken: tokens.accessToken!, refreshToken: tokens.refreshToken! };
}
