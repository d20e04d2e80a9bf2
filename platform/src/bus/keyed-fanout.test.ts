import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus';
import { KeyedFanout } from './keyed-fanout';

type Ev = { eventId: string; key: string };

describe('KeyedFanout', () => {
  it('drops a redelivered event (same id) once for every subscriber, and passes the others', async () => {
    const bus = createEventBus(undefined);
    const fanout = new KeyedFanout<Ev>(
      bus,
      'unit.topic',
      (e) => [e.key],
      (e) => e.eventId,
    );
    const it = fanout.subscribe('a', () => true);
    const first = it.next();
    // The bus delivers only to current listeners: its own subscription starts with the first subscriber.
    await new Promise((r) => setTimeout(r, 10));
    for (const e of [
      { eventId: '1', key: 'a' },
      { eventId: '1', key: 'a' },
      { eventId: '2', key: 'a' },
    ])
      await bus.publish('unit.topic', e);
    expect((await first).value).toEqual({ eventId: '1', key: 'a' });
    expect((await it.next()).value).toEqual({ eventId: '2', key: 'a' });
    await it.return?.();
    await fanout.close();
  });

  it('keeps what arrives before the first pull, in order; return() ends a pending pull and files the subscriber out', async () => {
    const bus = createEventBus(undefined);
    const fanout = new KeyedFanout<Ev>(bus, 'unit.order', (e) => [e.key]);
    const it = fanout.subscribe('a', (e) => e.eventId !== 'skip');
    const other = fanout.subscribe('b', () => true);
    await new Promise((r) => setTimeout(r, 10));
    for (const eventId of ['1', 'skip', '2', '3']) await bus.publish('unit.order', { eventId, key: 'a' });
    expect([(await it.next()).value, (await it.next()).value, (await it.next()).value]).toEqual([1, 2, 3].map((n) => ({ eventId: String(n), key: 'a' })));
    expect(fanout.subscribers).toBe(2);
    const pending = it.next();
    await it.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await it.next()).toEqual({ value: undefined, done: true });
    expect(fanout.subscribers).toBe(1);
    // Its key's events reach nobody now; the other key's subscriber is untouched.
    await bus.publish('unit.order', { eventId: '4', key: 'a' });
    await bus.publish('unit.order', { eventId: '5', key: 'b' });
    expect((await other.next()).value).toEqual({ eventId: '5', key: 'b' });
    await other.return?.();
    expect(fanout.subscribers).toBe(0);
    await fanout.close();
  });

  it('a subscriber that stops pulling is ended past 1,000 unread events, and its next pull says why', async () => {
    const bus = createEventBus(undefined);
    const fanout = new KeyedFanout<Ev>(bus, 'unit.slow', (e) => [e.key]);
    const slow = fanout.subscribe('a', () => true);
    await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 1_001; i++) await bus.publish('unit.slow', { eventId: String(i), key: 'a' });
    // The bus hands events over asynchronously.
    for (let tries = 0; tries < 100 && fanout.subscribers; tries++) await new Promise((r) => setTimeout(r, 10));
    expect(fanout.subscribers).toBe(0);
    await expect(slow.next()).rejects.toThrow(/fell too far behind/);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    await fanout.close();
  });
});
