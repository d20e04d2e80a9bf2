import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { narrowActor } from './authorization-context';

const citizen: Actor = Object.freeze<Actor>({
  kind: 'user',
  accountId: 'acc-1',
  partyId: 'party-1',
  profileId: 'prof-1',
  roles: ['CITIZEN'],
  affiliateId: null,
  affiliateKind: null,
  scopes: [],
  commune: 'Cotonou',
  token: 'jwt',
});

describe('narrowActor', () => {
  it('keeps only the authorization context (and the token), frozen', () => {
    const narrowed = narrowActor(citizen);
    expect(narrowed).toEqual({ ...citizen, accountId: null, profileId: null, commune: null });
    expect(Object.isFrozen(narrowed)).toBe(true);
    expect(Object.isFrozen(narrowed.roles)).toBe(true);
  });

  it('is one object per verified actor: thousands of operations of one caller share it', () => {
    expect(narrowActor(citizen)).toBe(narrowActor(citizen));
    const agent = Object.freeze<Actor>({ ...citizen, roles: ['AGENT'], partyId: 'party-2' });
    expect(narrowActor(agent)).not.toBe(narrowActor(citizen));
    // An agent acts for the centre, not as a person: the party is not part of the context.
    expect(narrowActor(agent).partyId).toBeNull();
  });
});
