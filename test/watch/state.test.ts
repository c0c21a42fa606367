/**
 * The watcher's state rows (src/watch/state.ts) on both stores: a feed's ETag, failures and
 * back-off, items done, and pages fetched survive closing and reopening the store.
 */
import { expect, it } from 'vitest';
import { itemRowKey, NEW_FEED, WatchState } from '../../src/watch/state.js';
import { onBothStores, type StoreCases } from '../store/both-stores.js';

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
