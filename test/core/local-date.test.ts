/**
 * Issue 15 item 2: a publication time with an offset keeps its local calendar date. Published at
 * one in the morning in Kyiv (+03:00), an article's "today" is 3 June, though the instant is
 * still 2 June in UTC; date filters compare the same local date.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/core/build.js';
import { pipelineFor } from '../../src/presets/default.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

const pipeline = pipelineFor('default');
const article = (published: string) =>
  buildRecord(
    {
      origin: { path: 'test', url: null, format: 'jsonl' },
      title: null,
      text: 'Ukrainian and Russian negotiators met in Istanbul today, officials said.',
      published,
    },
    pipeline,
  );

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

describe('publication times with an offset', () => {
  it('keep the local date and the offset, and "today" resolves against the local date', () => {
    const r = article('2024-06-03T01:00:00+03:00');
    expect(r.published).toBe('2024-06-03T01:00:00+03:00');
    // the instant is unchanged
    expect(Date.parse(r.published!)).toBe(Date.parse('2024-06-02T22:00:00Z'));
    expect(r.times.find((t) => t.text === 'today')?.value).toBe('2024-06-03');
  });

  it('are filtered on their local date', async () => {
    const store = await openSqliteStore(':memory:');
    stores.push(store);
    await store.put([article('2024-06-03T01:00:00+03:00')]);
    const on = (since: string, until: string) =>
      store.search({ text: 'negotiators', since, until }).then((h) => h.length);
    expect(await on('2024-06-03', '2024-06-03')).toBe(1);
    expect(await on('2024-06-02', '2024-06-02')).toBe(0);
  });
});
