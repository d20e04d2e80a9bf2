import { ref } from 'vue';

/** The signed-in user's access token, per tab (sessionStorage: gone when the tab closes). */
const KEY = 'simveb.accessToken';
export const token = ref<string | null>(sessionStorage.getItem(KEY));

export function signedIn(accessToken: string): void {
  sessionStorage.setItem(KEY, accessToken);
  token.value = accessToken;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  token.value = null;
}
