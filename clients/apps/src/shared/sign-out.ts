import { reconnectLive } from './graph';
import { go } from './route';
import { signOut } from './session';

/** Forgets the token, reopens the live socket without it, back to the start page. */
export function leave(): void {
  signOut();
  reconnectLive();
  go('/');
}
