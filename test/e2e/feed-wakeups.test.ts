import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabases, type RunDatabases } from '@simveb/dev/launcher/run-databases';
import { createEventBus, type EventBus } from '@simveb/platform/bus/event-bus';
import type { DemandStatusPayload } from '@simveb/platform/contracts/events';
import { createOrm, type MikroORM } from '@simveb/platform/db/orm';
import { EventCursor, FeedConsumer, InboxEntry } from '@simveb/platform/events/feed-consumer';
import { createLogger } from '@simveb/platform/logger';
import { graph, until } from '../support/graph';

/**
 * A feed consumer wakes when the bus says an event was published, but only
 * for an event it would handle: billing and identity skip most demand moves,
 * and reading the feed once per skipped move was most of their CPU under the
 * subscription load. Skipped events still move the cursor, on the next tick.
 * Real PostgreSQL (the consumer's cursor and inbox), real Redis, a real HTTP
 * feed counting its readers.
 */
describe.skipIf(!graph().realPostgres || !graph().redisUrl)('feed consumer wake-ups', () => {
  let databases: RunDatabases | undefined;
  let orm: MikroORM;
  let bus: EventBus;
  let consumer: FeedConsumer<'demand.status'>;
  let feed: http.Server;
  const events: { eventId: string; txid: string; topic: string; payload: DemandStatusPayload; createdAt: string; traceparent: null }[] = [];
  let reads = 0;
  const handled: string[] = [];
  const prefix = `simveb-feed-test-${randomUUID()}:`;

  const payload = (status: string): DemandStatusPayload => ({
    demandId: randomUUID(),
    reference: 'DEM-2026-000001',
    serviceCode: 'GRAY_CARD_DUPLICATE',
    applicantId: randomUUID(),
    centerId: null,
    filedByAffiliateId: null,
    vehicleCategory: null,
    holderKind: 'PERSON',
    urgent: false,
    previousStatus: 'ASSIGNED',
    status,
    version: 2,
    at: new Date().toISOString(),
    actorId: null,
  });
  /** What registration does: the event in its feed, then on the bus. */
  const publish = async (status: string) => {
    const n = String(events.length + 1);
    const e = { eventId: n, txid: n, topic: 'demand.status', payload: payload(status), createdAt: new Date().toISOString(), traceparent: null };
    events.push(e);
    await bus.publish('demand.status', { topic: e.topic, eventId: e.eventId, payload: e.payload });
    return e.eventId;
  };

  beforeAll(async () => {
    databases = await createDatabases('postgres://postgres@127.0.0.1:5432/postgres', `simveb_feed_${Date.now().toString(36)}`, ['consumer']);
    orm = await createOrm({ name: 'feed-test', url: databases.urls.consumer!, entities: [EventCursor, InboxEntry], migrations: [] });
    await orm.schema.createSchema();
    feed = http.createServer((req, res) => {
      reads += 1;
      const after = Number(new URL(req.url!, 'http://x').searchParams.get('afterTxid') ?? 0);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ events: events.filter((e) => Number(e.txid) > after) }));
    });
    await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r));
    bus = createEventBus(graph().redisUrl!, prefix);
    consumer = new FeedConsumer(
      orm,
      {
        source: 'registration',
        url: `http://127.0.0.1:${(feed.address() as AddressInfo).port}/internal/events`,
        topics: ['demand.status'],
        internalToken: 'test',
        handle: async (_em, e) => {
          handled.push(e.eventId);
        },
        accepts: (e) => e.payload.status === 'AWAITING_PAYMENT',
        // Long enough that within the test only wake-ups read the feed.
        intervalMs: 60_000,
      },
      createLogger('feed-test'),
      bus,
    );
    consumer.start();
    await until(async () => reads >= 1, 5_000, 'the first read at start');
    await new Promise((r) => setTimeout(r, 300));
  }, 60_000);

  afterAll(async () => {
    await consumer?.stop();
    await bus?.close();
    await new Promise((r) => feed?.close(r));
    await orm?.close();
    await databases?.drop();
  });

  it('skipped events wake nothing; an event it handles is read and handled at once; the next read moves the cursor past both', async () => {
    const before = reads;
    for (let i = 0; i < 20; i++) await publish(i % 2 ? 'SUSPENDED' : 'VERIFIED');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(reads - before).toBe(0);

    const wanted = await publish('AWAITING_PAYMENT');
    await until(async () => handled.includes(wanted), 5_000, 'the accepted event handled');
    expect(reads - before).toBeGreaterThanOrEqual(1);
    expect(handled).toEqual([wanted]);
    const cursor = await orm.em.fork().findOne(EventCursor, { source: 'registration' });
    expect(String(cursor?.eventId)).toBe(wanted);
  });
});
