import type { Client } from '@urql/vue';
import { VerifyOtpDocument } from '@simveb/clients/sdk/generated/graphql';
import { messageOf } from './errors';
import { reconnectLive } from './graph';
import { go } from './route';
import { signedIn, signOut } from './session';

/**
 * The code the SMS brought, checked; on success the token is kept and the live
 * socket reopened with it. Returns what to tell the person otherwise.
 */
export async function enterWithCode(client: Client, challengeId: string, code: string): Promise<{ ok: true } | { ok: false; problem: string | null }> {
  const res = await client.mutation(VerifyOtpDocument, { input: { challengeId, code: code.trim() } }).toPromise();
  const token = res.data?.verifyOtp.accessToken;
  if (res.error || !token) return { ok: false, problem: messageOf(res.error) };
  enter(token);
  return { ok: true };
}

/** Keeps the token and reopens the live socket with it. */
export function enter(accessToken: string): void {
  signedIn(accessToken);
  reconnectLive();
}

/** Forgets the token, reopens the live socket without it, back to the start page. */
export function leave(): void {
  signOut();
  reconnectLive();
  go('/');
}
