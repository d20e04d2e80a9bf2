import type { Client } from '@urql/vue';
import { VerifyOtpDocument } from '@simveb/clients/sdk/generated/graphql';
import { messageOf } from './errors';
import { reconnectLive } from './graph';
import { go } from './route';
import { signedIn, signOut, type Tokens } from './session';

/**
 * The code the SMS brought, checked; on success the token is kept and the live
 * socket reopened with it. Returns what to tell the person otherwise.
 */
export async function enterWithCode(client: Client, challengeId: string, code: string): Promise<{ ok: true } | { ok: false; problem: string | null }> {
  const res = await client.mutation(VerifyOtpDocument, { input: { challengeId, code: code.trim() } }).toPromise();
  const tokens = res.data?.verifyOtp;
  if (res.error || !tokens?.accessToken) return { ok: false, problem: messageOf(res.error) };
  enter({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt });
  return { ok: true };
}

/** Keeps the tokens and reopens the live socket with them. */
export function enter(tokens: Tokens): void {
  signedIn(tokens);
  reconnectLive();
}

/** Forgets the token, reopens the live socket without it, back to the start page. */
export function leave(): void {
  signOut();
  reconnectLive();
  go('/');
}
