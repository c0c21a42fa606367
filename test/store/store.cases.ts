/**
 * One test suite for every Store implementation (Hono's router/common.case.test.ts habit):
 * a backend's test file calls `storeCases(name, factory)` and gets every case below.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/core/errors.js';
import { recordId } from '../../src/core/build.js';
import type { SitrepRecord } from '../../src/core/record.js';
import { SCAN_PAGE } from '../../src/store/query.js';
import type { Store } from '../../src/store/store.js';
import { build, fixtureRecords } from './fixtures/records.js';

export interface StoreHandle {
  store: Store;
  /** closes nothing; opens a second store on the same database */
  reopen(): Promise<Store>;
  /** drops the database (after every store on it is closed) */
  cleanup(): Promise<void>;
}

export interface StoreCaseOptions {
  /**
   * No longer read: every store parses the query text the same way (src/store/websearch.ts),
   * so no text is a syntax error on any of them. Kept so the backends' test files compile.
   */
  strictSyntax: boolean;
}

export function storeCases(
  name: string,
  factory: () => Promise<StoreHandle>,
  _opts: StoreCaseOptions,
): void {
  describe(`Store cases: ${name}`, () => {
    let h: StoreHandle;
    let store: Store;
    let records: SitrepRecord[];
    const extra: Store[] = [];

    beforeEach(async () => {
      h = await factory();
      store = h.store;
      records = fixtureRecords();
    });
    afterEach(async () => {
      for (const s of extra.splice(0)) await s.close();
      await store.close();
      await h.cleanup();
    });

    const byTitle = (title: string): SitrepRecord => {
      const r = records.find((x) => x.title?.startsWith(title));
      if (!r) throw new Error(`no fixture titled ${title}`);
      return r;
    };

    it('stores a record whole and returns it unchanged', async () => {
      const res = await store.put(records);
      expect(res.added).toEqual(records.map((r) => r.id));
      expect(res.duplicates).toEqual([]);
      for (const r of records) expect(await store.get(r.id)).toEqual(r);
      expect(await store.has(records[0]!.id)).toBe(true);
    });

    it('answers null / false for an unknown id', async () => {
      await store.put(records);
      expect(await store.get('0000000000000000dead')).toBeNull();
      expect(await store.has('0000000000000000dead')).toBe(false);
    });

    it('stores the same record once: again in a later batch and twice in one batch', async () => {
      const [a, b] = records as [SitrepRecord, SitrepRecord];
      expect(await store.put([a, a, b])).toEqual({ added: [a.id, b.id], duplicates: [a.id] });
      expect(await store.put([b, a])).toEqual({ added: [], duplicates: [b.id, a.id] });
      expect((await store.stats()).records).toBe(2);
      // the index holds each text once: one hit, not two
      expect((await store.search({ text: 'maternity' })).map((x) => x.id)).toEqual([a.id]);
    });

    it('treats a rebuilt record (same text, new path) as the same article', async () => {
      const first = byTitle('Maternity');
      await store.put([first]);
      const again = build(
        { title: first.title!, text: first.text, published: first.published, outlet: first.outlet },
        'elsewhere/copy.txt',
      );
      expect(again.id).toBe(first.id);
      expect(await store.put([again])).toEqual({ added: [], duplicates: [first.id] });
      expect((await store.get(first.id))?.origin.path).toBe(first.origin.path);
    });

    it('accepts an empty batch', async () => {
      expect(await store.put([])).toEqual({ added: [], duplicates: [] });
    });

    it('keeps records across a reopen', async () => {
      await store.put(records);
      const other = await h.reopen();
      extra.push(other);
      expect((await other.stats()).records).toBe(records.length);
      expect(await other.get(records[2]!.id)).toEqual(records[2]);
    });

    it('finds words in the body and the title, stemmed, best match first', async () => {
      await store.put(records);
      const pay = await store.search({ text: 'maternity pay' });
      expect(pay.map((x) => x.id)).toEqual([byTitle('Maternity').id]);
      // "paying" in the childcare article matches "pay" after stemming
      const stem = await store.search({ text: 'pay' });
      expect(stem.map((x) => x.id).sort()).toEqual(
        [byTitle('Maternity').id, byTitle('Budget').id].sort(),
      );
      // a word in the title outranks the same word only in the body
      expect(stem[0]?.id).toBe(byTitle('Maternity').id);
      expect(stem[0]!.score).toBeGreaterThan(stem[1]!.score);
      const title = await store.search({ text: 'childcare' });
      expect(title[0]?.id).toBe(byTitle('Budget').id);
    });

    it('returns hits with title, date, outlet and a snippet marking the match', async () => {
      await store.put(records);
      const [hit] = await store.search({ text: 'drones' });
      const kyiv = byTitle('Kyiv');
      expect(hit).toMatchObject({
        id: kyiv.id,
        title: kyiv.title,
        published: '2025-01-31',
        outlet: 'UNN',
      });
      expect(hit!.snippet).toMatch(/\[drones\]/i);
      expect(hit!.snippet.length).toBeLessThan(kyiv.text.length + 20);
    });

    it('finds nothing for a word no article has', async () => {
      await store.put(records);
      expect(await store.search({ text: 'zeppelin' })).toEqual([]);
    });

    it('filters by since, until (inclusive, also for date-times), outlet and limit', async () => {
      await store.put(records);
      const q = 'said';
      const ids = async (extraQ: object) =>
        (await store.search({ text: q, ...extraQ })).map((x) => x.id).sort();
      const maternity = byTitle('Maternity').id;
      const budget = byTitle('Budget').id;
      const kyiv = byTitle('Kyiv').id;
      expect(await ids({})).toEqual([maternity, budget, kyiv].sort());
      expect(await ids({ since: '2005-03-02' })).toEqual([budget, kyiv].sort());
      expect(await ids({ until: '2005-03-15' })).toEqual([maternity, budget].sort());
      expect(await ids({ until: '2005-03-14' })).toEqual([maternity]);
      expect(await ids({ since: '2005-03-15', until: '2005-03-15' })).toEqual([budget]);
      expect(await ids({ outlet: 'unn' })).toEqual([kyiv]);
      expect(await ids({ outlet: 'BBC', since: '2005-03-10' })).toEqual([budget]);
      expect(await ids({ outlet: 'Nobody' })).toEqual([]);
      expect(await store.search({ text: q, limit: 1 })).toHaveLength(1);
    });

    it('rejects an empty query, a bad date and a bad limit with a one-line SitrepError', async () => {
      await store.put(records);
      for (const bad of [
        { text: '   ' },
        { text: 'pay', since: '31/01/2025' },
        { text: 'pay', until: '2025-02-30' },
        { text: 'pay', limit: 0 },
        { text: 'pay', limit: 2.5 },
        { text: 'pay', since: '2025-02-01', until: '2025-01-01' },
      ]) {
        const err = await store.search(bad).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err, JSON.stringify(bad)).toBeInstanceOf(SitrepError);
        expect((err as Error).message).not.toContain('\n');
      }
    });

    it('answers a malformed full-text query without crashing', async () => {
      await store.put(records);
      for (const text of ['"maternity pay', 'pay AND', 'pay OR OR', '(pay', 'a:b', 'NEAR(']) {
        const outcome = await store.search({ text }).then(
          (hits) => ({ hits }),
          (err: unknown) => ({ err }),
        );
        // every store parses the text the same way (store/websearch.ts): none is a syntax error
        expect('hits' in outcome, text).toBe(true);
      }
      // the store still works afterwards
      expect(await store.search({ text: 'maternity' })).toHaveLength(1);
    });

    it('reads plain text as a person types it: punctuation, -word, NOT, OR, phrases', async () => {
      await store.put(records);
      const ids = async (text: string) =>
        (await store.search({ text }))
          .map((x) => records.find((r) => r.id === x.id)?.title?.split(' ')[0])
          .sort();
      // none of these is an error; the words in them are found
      for (const text of [
        'U.S.',
        "don't",
        'e-mail',
        '100%',
        'c++',
        'title:pay',
        'pay^2',
        '{pay}',
        'pay NOT',
      ]) {
        await expect(store.search({ text }), text).resolves.toBeInstanceOf(Array);
      }
      expect(await ids('10%')).toEqual(['Maternity']);
      expect(await ids('New York')).toEqual(['Chip', 'Kyiv']);
      expect(await ids('New York -drones')).toEqual(['Chip']);
      expect(await ids('New York NOT drones')).toEqual(['Chip']);
      // "-brown" is a word left out, never a column "brown:"
      expect(await ids('pay -childcare')).toEqual(['Maternity']);
      expect(await ids('drones OR childcare')).toEqual(['Budget', 'Kyiv']);
      expect(await ids('drones or childcare')).toEqual(['Budget', 'Kyiv']);
      expect(await ids('profit -"record quarterly"')).toEqual([]);
      expect(await ids('"air force"')).toEqual(['Kyiv']);
      // a hyphen inside a word is no exclusion
      expect(await ids('shot-down')).toEqual(['Kyiv']);
    });

    it('says what is missing when a query has nothing to find, in one line', async () => {
      await store.put(records);
      for (const text of ['NOT pay', '-pay', '%%', '-"maternity pay"', '*']) {
        const err = await store.search({ text }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err, text).toBeInstanceOf(SitrepError);
        expect((err as Error).message, text).toMatch(/^nothing to search for/);
        expect((err as Error).message).not.toContain('\n');
      }
    });

    it('caps a query in length and terms, fast, without echoing it back', async () => {
      await store.put(records);
      const ors = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' OR ');
      const long = 'maternity '.repeat(4600);
      for (const text of [ors, long]) {
        const t0 = Date.now();
        const err = await store.search({ text }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(Date.now() - t0).toBeLessThan(1000);
        expect(err).toBeInstanceOf(SitrepError);
        expect((err as Error).message.length).toBeLessThan(160);
        expect((err as Error).message).not.toContain('\n');
      }
      // 32 words still work
      const many = Array.from({ length: 31 }, (_, i) => `word${i}`).join(' OR ') + ' OR drones';
      expect((await store.search({ text: many })).length).toBe(1);
    });

    it('accepts quoted phrases with punctuation', async () => {
      await store.put(records);
      const hits = await store.search({ text: '"New York Times"' });
      expect(hits.map((x) => x.id)).toEqual([byTitle('Kyiv').id]);
      expect(await store.search({ text: '"York New Times"' })).toEqual([]);
    });

    it('counts records per outlet and language, annotations per layer, and the date range', async () => {
      await store.put(records);
      const s = await store.stats();
      expect(s.records).toBe(5);
      expect(s.outlets).toEqual([
        { outlet: 'BBC', records: 2 },
        ...[
          { outlet: 'Le Monde', records: 1 },
          { outlet: 'UNN', records: 1 },
          { outlet: null, records: 1 },
        ],
      ]);
      const langs = Object.fromEntries(s.languages.map((l) => [String(l.language), l.records]));
      expect(langs).toEqual({ en: 4, fr: 1 });
      const sentences = records.reduce((n, r) => n + r.sentences.length, 0);
      expect(sentences).toBeGreaterThan(8);
      expect(s.layers).toMatchObject({
        sentences,
        entities: 1,
        times: 1,
        quantities: 1,
        attributions: 1,
        claims: 0,
        events: 1,
        provenance: 1,
      });
      expect(s.earliest).toBe('2005-03-01');
      expect(s.latest).toBe('2025-02-04');
    });

    it('reports an empty store', async () => {
      const s = await store.stats();
      expect(s).toMatchObject({
        records: 0,
        outlets: [],
        languages: [],
        earliest: null,
        latest: null,
      });
      expect(s.layers['sentences']).toBe(0);
      expect(await store.search({ text: 'pay' })).toEqual([]);
    });

    it('scans every record in id order, with the same bounds as search', async () => {
      await store.put(records);
      const all = async (q?: object) => {
        const out: SitrepRecord[] = [];
        for await (const r of store.scan(q)) out.push(r);
        return out;
      };
      const ids = records.map((r) => r.id).sort();
      expect((await all()).map((r) => r.id)).toEqual(ids);
      expect(await all()).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect((await all({ outlet: 'bbc', since: '2005-03-02' })).map((r) => r.title)).toEqual([
        byTitle('Budget').title,
      ]);
      expect((await all({ until: '2005-12-31' })).length).toBe(2);
      await expect(all({ since: 'yesterday' })).rejects.toBeInstanceOf(SitrepError);
    });

    it('scans past one page, while records are added between pages', async () => {
      const base = byTitle('Maternity');
      const copy = (i: number): SitrepRecord => {
        const text = `${base.text} Copy ${i}.`;
        return { ...base, id: recordId(text), text };
      };
      const many = Array.from({ length: 600 }, (_, i) => copy(i));
      await store.put(many);
      const seen: string[] = [];
      for await (const r of store.scan()) {
        seen.push(r.id);
        if (seen.length === 10) await store.put([copy(1000)]);
      }
      const expected = new Set([...many.map((r) => r.id), copy(1000).id]);
      // each record once, in order; the one added mid-scan is seen if its id sorts after the cursor
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(seen);
      expect(seen.length === 600 || seen.length === 601).toBe(true);
      for (const id of seen) expect(expected.has(id)).toBe(true);
      // pages are read on demand: the next page starts after the first page's last id
      const firstPageLast = many.map((r) => r.id).sort()[SCAN_PAGE - 1]!;
      expect(seen.length).toBe(copy(1000).id > firstPageLast ? 601 : 600);
    });

    it('finds ids by a prefix, at most the limit, and refuses a prefix that is not hex', async () => {
      await store.put(records);
      const id = records[0]!.id;
      expect(await store.idsStartingWith(id.slice(0, 8))).toEqual([id]);
      expect(await store.idsStartingWith(id.slice(0, 8).toUpperCase())).toEqual([id]);
      expect(await store.idsStartingWith('ffffffffffff')).toEqual([]);
      const all = records.map((r) => r.id).sort();
      // every fixture id starts with a hex digit: a 4-digit prefix shared by two, if any, gives two
      expect((await store.idsStartingWith(all[0]!.slice(0, 4), 10)).length).toBeGreaterThanOrEqual(
        1,
      );
      await expect(store.idsStartingWith('abc')).rejects.toBeInstanceOf(SitrepError);
      await expect(store.idsStartingWith("ab' OR 1=1 --")).rejects.toBeInstanceOf(SitrepError);
    });

    it('keeps corpus rows: upsert, lookup by key and by record, removal, ordered scan', async () => {
      const c = store.corpus;
      await c.apply({
        put: [
          { kind: 'lsh', key: 'b1:ff', record: 'r2', value: 1 },
          { kind: 'lsh', key: 'b1:ff', record: 'r1', value: 1 },
          { kind: 'lsh', key: 'b0:aa', record: 'r1', value: { n: [1, 2] } },
          { kind: 'copy', key: 'r2', record: 'r2', value: { copyOf: 'r1', similarity: 0.9 } },
        ],
      });
      expect((await c.get('lsh', ['b1:ff'])).map((r) => r.record)).toEqual(['r1', 'r2']);
      expect(await c.ofRecords('lsh', ['r1'])).toEqual([
        { kind: 'lsh', key: 'b0:aa', record: 'r1', value: { n: [1, 2] } },
        { kind: 'lsh', key: 'b1:ff', record: 'r1', value: 1 },
      ]);
      // upsert: the same (kind, key, record) keeps one row, the last value
      await c.apply({ put: [{ kind: 'copy', key: 'r2', record: 'r2', value: null }] });
      expect(await c.get('copy', ['r2'])).toEqual([
        { kind: 'copy', key: 'r2', record: 'r2', value: null },
      ]);
      expect(await c.count('lsh')).toBe(3);
      // removal and writes in one change
      await c.apply({
        remove: [{ kind: 'lsh', keys: ['b1:ff'] }],
        put: [{ kind: 'lsh', key: 'b1:ee', record: 'r3', value: 2 }],
      });
      const keys: string[] = [];
      for await (const r of c.scan('lsh')) keys.push(`${r.key}/${r.record}`);
      expect(keys).toEqual(['b0:aa/r1', 'b1:ee/r3']);
      const prefixed: string[] = [];
      for await (const r of c.scan('lsh', 'b1:')) prefixed.push(r.key);
      expect(prefixed).toEqual(['b1:ee']);
      // kinds are separate
      expect(await c.get('copy', ['b0:aa'])).toEqual([]);
    });

    it('scans corpus rows past one page in byte order of their keys', async () => {
      const rows = Array.from({ length: 2500 }, (_, i) => ({
        kind: 'k',
        key: `key-${(i * 7919) % 2500}`,
        record: i % 2 ? 'b' : 'a',
        value: i,
      }));
      rows.push({ kind: 'k', key: 'Zeta', record: '', value: -1 });
      await store.corpus.apply({ put: rows });
      const seen: string[] = [];
      for await (const r of store.corpus.scan('k')) seen.push(r.key);
      expect(seen.length).toBe(2501);
      expect(seen[0]).toBe('Zeta'); // upper case sorts before lower case in byte order
      expect([...seen].sort()).toEqual(seen);
      const many = await store.corpus.get(
        'k',
        rows.slice(0, 1200).map((r) => r.key),
      );
      expect(many.length).toBe(1200);
    });

    it('rejects a corpus row without a kind before writing anything', async () => {
      await expect(
        store.corpus.apply({
          put: [
            { kind: 'x', key: 'a', record: '', value: 1 },
            { kind: '', key: 'b', record: '', value: 1 },
          ],
        }),
      ).rejects.toBeInstanceOf(SitrepError);
      expect(await store.corpus.count('x')).toBe(0);
    });

    it('refuses work after close with a SitrepError', async () => {
      const other = await h.reopen();
      await other.close();
      await expect(other.get('x')).rejects.toBeInstanceOf(SitrepError);
      await expect(other.put(records)).rejects.toBeInstanceOf(SitrepError);
    });
  });
}
