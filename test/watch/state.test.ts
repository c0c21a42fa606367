/**
 * The watcher's state rows (src/watch/state.ts) on both stores: a feed's ETag, failures and
 * back-off, items done, and pages fetched; and a watcher on PostgreSQL across a restart
 * (the SQLite restart is in watch.test.ts).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { IngestProblem } from '../../src/ingest/types.js';
import { createRecordBuilder } from '../../src/runtime/workers.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import type { Store } from '../../src/store/store.js';
import { storeSink, Watcher } from '../../src/watch/index.js';
import { itemRowKey, NEW_FEED, WatchState } from '../../src/watch/state.js';
import { onBothStores, PG_URL, pgUnreachable, type StoreCases } from '../store/both-stores.js';
import { rss, serve, startServer, story } from './server.js';

const FEED = 'https://example.org/feed.xml';

const cases: StoreCases = (backend, open) => {
  it(`${backend}: feed state, items and pages round-trip`, async () => {
    const { store, cleanup } = await open();
    try {
      const state = new WatchState(store.corpus);
      expect(await state.feed(FEED)).toEqual(NEW_FEED);
      const saved = {
        ...NEW_FEED,
        etag: '"abc"',
        lastModified: 'Tue, 03 Jun 2025 08:00:00 GMT',
        failures: 2,
        retryAt: '2025-06-10T12:03:00.000Z',
        lastError: 'HTTP 500 Internal Server Error',
      };
      await state.saveFeed(FEED, saved);
      expect(await state.feed(FEED)).toEqual(saved);

      const longKey = `id:${'x'.repeat(500)}`;
      await state.saveItems(
        FEED,
        new Map([
          ['id:a', { done: false, record: null, attempts: 1, error: 'timed out' }],
          [longKey, { done: true, record: 'r2', attempts: 0, error: null }],
        ]),
      );
      // a second save replaces the row (its record changes from "" to the id)
      await state.saveItems(
        FEED,
        new Map([['id:a', { done: true, record: 'r1', attempts: 1, error: null }]]),
      );
      const items = await state.items(FEED, ['id:a', longKey, 'id:never']);
      expect([...items.keys()].sort()).toEqual(['id:a', longKey].sort());
      expect(items.get('id:a')).toEqual({ done: true, record: 'r1', attempts: 1, error: null });
      expect(await store.corpus.count('watch:item')).toBe(2);
      expect(itemRowKey(FEED, longKey).length).toBeLessThan(FEED.length + 80);
      // another feed's items are its own
      expect((await state.items('https://example.org/other.xml', ['id:a'])).size).toBe(0);

      await state.savePages(new Map([['https://example.org/a.html', 'r1']]));
      expect(await state.page('https://example.org/a.html')).toBe('r1');
      expect(await state.page('https://example.org/b.html')).toBeNull();
    } finally {
      await store.close();
      await cleanup?.();
    }
  });
};

await onBothStores('watch state', cases);

describe('watch on PostgreSQL across a restart', async () => {
  const why = await pgUnreachable();
  it.skipIf(why !== null)(
    `stores new items once, and a reopened store answers with conditional GETs${why ? ` (skipped: PostgreSQL not reachable at ${PG_URL}: ${why})` : ''}`,
    async () => {
      const server = await startServer();
      const builder = createRecordBuilder({ preset: 'minimal', threads: 0 });
      const schema = `sitrep_watch_${process.pid}_${randomBytes(4).toString('hex')}`;
      const open = () => openPostgresStore({ connectionString: PG_URL, schema });
      const poll = async (store: Store) => {
        const lines: IngestProblem[] = [];
        const w = new Watcher({
          store,
          sink: storeSink(store, builder),
          report: (p) => lines.push(p),
          delayMs: 0,
          today: '2025-06-10',
        });
        const pass = await w.poll([`${server.base}/pg.xml`]);
        expect(lines).toEqual([]);
        return pass;
      };
      try {
        server.routes.set(
          '/pg.xml',
          serve(rss([{ guid: '1', title: 'One', content: story('Chernivtsi') }]), { etag: '"p"' }),
        );
        let store = await open();
        expect(await poll(store)).toMatchObject({ items: 1, stored: 1 });
        await store.close();
        store = await open();
        expect(await poll(store)).toMatchObject({ notModified: 1, items: 0, stored: 0 });
        expect((await store.stats()).records).toBe(1);
        await store.close();
      } finally {
        await builder.close();
        await server.close();
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    },
  );
});
