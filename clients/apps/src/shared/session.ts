import { ref } from 'vue';

/** What sign-in gives: a short-lived access token, the refresh token that renews it, and when it expires. */
export interface Tokens {
  accessToken: string;
  refreshToken?: string | null;
  expiresAt?: string | null;
  /** When this browser received them, by its own clock (which may be off from the graph's). */
  receivedAt?: number;
}

/** The signed-in user's tokens, per tab (sessionStorage: gone when the tab closes). */
const KEY = 'simveb.session';
const stored = (): Tokens | null => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Tokens | null;
  } catch {
    return null;
  }
};
export const session = ref<Tokens | null>(stored());
export const token = ref<string | null>(session.value?.accessToken ?? null);

export function signedIn(received: Tokens): void {
  const tokens = { ...received, receivedAt: received.receivedAt ?? Date.now() };
  sessionStorage.setItem(KEY, JSON.stringify(tokens));
  session.value = tokens;
  token.value = tokens.accessToken;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  session.value = null;
  token.value = null;
}
