/**
 * Record summaries (SummaryReader, src/store/query.ts): the list fields of records read from
 * their columns, by ids and as pages after an id with the scan filters, the same on SQLite
 * and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD_CHARS, summaryReader, type SummaryReader } from '../../src/store/query.js';
import type { Store } from '../../src/store/store.js';
import { article } from '../fixtures/corpus/build.js';
import { onBothStores, type StoreCases } from './both-stores.js';

const records = [
  article('2025-02-01', 'Kyiv was attacked by drones overnight, officials said.'),
  article('2025-02-03', 'Talks in Istanbul were announced on Monday. '.repeat(20)),
  article('2025-03-05', 'Floods hit the Odesa region, the emergency service said.'),
].map((r, i) => ({ ...r, outlet: i === 1 ? 'Reuters' : 'BBC News' }));
const ids = records.map((r) => r.id).sort();

const cases: StoreCases = (backend, open) =>
  describe(`record summaries: ${backend}`, () => {
    let store: Store;
    let reader: SummaryReader;
    let cleanup: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      ({ store, cleanup } = await open());
      await store.put(records);
      reader = summaryReader(store)!;
    });
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    it('reads the list fields of the ids asked for, in id order, unknown ids left out', async () => {
      expect(reader).not.toBeNull();
      const got = await reader.summaries([...ids].reverse().concat(['0000unknown']));
      expect(got.map((s) => s.id)).toEqual(ids);
      for (const s of got) {
        const r = records.find((x) => x.id === s.id)!;
        expect(s).toEqual({
          id: r.id,
          title: r.title,
          published: r.published,
          outlet: r.outlet,
          lead: r.text.slice(0, LEAD_CHARS),
        });
      }
    });

    it('pages after an id with the since, until and outlet filters', async () => {
      const all = await reader.summariesAfter({}, '', 2);
      expect(all.map((s) => s.id)).toEqual(ids.slice(0, 2));
      expect((await reader.summariesAfter({}, ids[1]!, 10)).map((s) => s.id)).toEqual(ids.slice(2));
      const feb = await reader.summariesAfter({ since: '2025-02-01', until: '2025-02-28' }, '', 10);
      expect(feb.map((s) => s.published).sort()).toEqual(['2025-02-01', '2025-02-03']);
      const reuters = await reader.summariesAfter({ outlet: 'reuters' }, '', 10);
      expect(reuters.map((s) => s.outlet)).toEqual(['Reuters']);
    });
  });

await onBothStores('record summaries', cases);
