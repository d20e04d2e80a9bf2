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
    // Subscribed once the first pull starts the repeater; the bus delivers only to current listeners.
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
});
