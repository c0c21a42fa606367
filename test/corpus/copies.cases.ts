/**
 * The copies stage's cases, run against every store (copies.test.ts: SQLite :memory:, and
 * PostgreSQL when it is reachable). Texts are real: BBC workload articles and the seed, built
 * with buildRecord; edits are made by hand in each case.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/core/build.js';
import type { SitrepRecord } from '../../src/core/record.js';
import {
  copiesOf,
  copiesStage,
  copyOf,
  relayedBy,
  relaysOf,
} from '../../src/corpus/copies/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { pipelineFor } from '../../src/presets/default.js';
import type { Store } from '../../src/store/store.js';
import { shared } from '../helpers.js';

export const BBC = shared('datasets/workloads/bbc-news-2005');
export const SEED = shared('corpus/seed/000_8968b0838309d791.txt');

const minimal = pipelineFor('minimal');
export const record = (text: string, published: string | null = null, p = minimal) =>
  buildRecord(
    { origin: { path: 'test', url: null, format: 'text' }, text, published, title: null },
    p,
  );
export const bbc = (name: string) => readFileSync(path.join(BBC, name), 'utf8');

/** a copy as an aggregator makes it: new headline, paragraphs reordered, a credit line */
function edited(text: string): string {
  const [, ...body] = text.split('\n').filter((l) => l.trim() !== '');
  const reordered = [...body.slice(2), ...body.slice(0, 2)];
  const swapped = reordered
    .join('\n\n')
    .replace(/\bsaid\b/g, 'stated')
    .replace(/\bthe firm\b/gi, 'the company');
  return `Markets digest: a fresh look at the week\n\n${swapped}\n\nSource: BBC News`;
}

/** a seeded shuffle */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function ingest(store: Store, records: readonly SitrepRecord[], batch = 1000) {
  for (let i = 0; i < records.length; i += batch) {
    const part = records.slice(i, i + batch);
    await store.put(part);
    await copiesStage.update(store, part);
  }
}

async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const kind of [
    'copies:sig',
    'copies:exact',
    'copies:lsh',
    'copies:relays',
    'copies:member',
    'copies:group',
  ]) {
    const rows: unknown[] = [];
    for await (const r of store.corpus.scan(kind)) rows.push(r);
    out[kind] = rows;
  }
  return out;
}

export interface Opened {
  store: Store;
  cleanup?: () => Promise<void>;
}

export function copiesCases(name: string, open: () => Promise<Opened>): void {
  const opened: Opened[] = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.store.close();
      await o.cleanup?.();
    }
  });
  const fresh = async () => {
    const o = await open();
    opened.push(o);
    return o.store;
  };

  describe(`copies stage: ${name}`, () => {
    it('an exact copy re-typed with other capitals, quotes and line breaks', async () => {
      const store = await fresh();
      const a = record(
        "Ukraine's air force said it shot down 23 drones overnight, according to a statement. " +
          'Officials in Kyiv reported no casualties, and the figures could not be verified.',
        '2025-01-02',
      );
      const b = record(
        'UKRAINE’S AIR FORCE SAID IT SHOT DOWN 23 DRONES OVERNIGHT — according to a statement.\n\n' +
          'Officials in Kyiv reported no casualties; and the figures could not be verified!',
        '2025-01-01',
      );
      // undated: after every dated copy, whatever its id
      const c = record(
        "Ukraine's air force said it shot down 23 drones overnight according to a statement\n" +
          'Officials in Kyiv reported no casualties and the figures could not be verified',
      );
      await ingest(store, [a, b, c]);
      expect(await copyOf(store, b.id)).toBeNull();
      expect((await copyOf(store, c.id))?.original).toBe(b.id);
      expect((await copiesOf(store, a.id))?.members.map((m) => m.record)).toEqual([
        b.id,
        a.id,
        c.id,
      ]);
      expect(await copyOf(store, a.id)).toEqual({
        original: b.id,
        similarity: 1,
        exact: true,
        rule: 'corpus/copies/exact#normalised-text-hash',
      });
    });

    it.skipIf(!existsSync(BBC))(
      'a near copy: new headline, paragraphs reordered, words changed, a credit line',
      async () => {
        const store = await fresh();
        const text = bbc('business/001.txt');
        const original = record(text, '2005-01-10');
        const copy = record(edited(text), '2005-01-11');
        await ingest(store, [copy, original]);
        const link = await copyOf(store, copy.id);
        expect(link?.original).toBe(original.id);
        expect(link?.exact).toBe(false);
        expect(link?.rule).toMatch(/^corpus\/copies\/minhash#jaccard/);
        expect(link?.similarity).toBeGreaterThan(0.5);
        expect(await copyOf(store, original.id)).toBeNull();
        const group = await copiesOf(store, original.id);
        expect(group?.members.map((m) => m.record)).toEqual([original.id, copy.id]);
      },
    );

    it.skipIf(!existsSync(BBC))('articles on the same topic are not copies', async () => {
      const store = await fresh();
      // two Time Warner / AOL stories and two on the US economy, each pair on one subject
      const names = [
        'business/001.txt',
        'business/002.txt',
        'business/003.txt',
        'business/004.txt',
        'business/005.txt',
      ];
      const records = names.map((n) => record(bbc(n), '2005-01-10'));
      await ingest(store, records);
      for (const r of records) expect(await copiesOf(store, r.id)).toBeNull();
      expect(await store.corpus.count('copies:group')).toBe(0);
    });

    it('headlines: short texts are exact copies or nothing', async () => {
      const store = await fresh();
      const h = [
        'Russia says it downed 20 Ukrainian drones over Kursk region',
        'Russia says it downed 30 Ukrainian drones over Belgorod region',
        'Russia says it downed 20 Ukrainian drones over Kursk region overnight',
        'RUSSIA SAYS IT DOWNED 20 UKRAINIAN DRONES OVER KURSK REGION.',
      ].map((t, i) => record(t, `2025-01-0${i + 1}`));
      await ingest(store, h);
      expect(await copyOf(store, (h[1] as SitrepRecord).id)).toBeNull();
      expect(await copyOf(store, (h[2] as SitrepRecord).id)).toBeNull();
      expect((await copyOf(store, (h[3] as SitrepRecord).id))?.original).toBe(
        (h[0] as SitrepRecord).id,
      );
      expect(await store.corpus.count('copies:lsh')).toBe(0);
    });

    it('long headlines: a re-worded one is a copy, other figures or a template are not', async () => {
      const store = await fresh();
      // CNN live-update headlines (ukraine-war-headlines workload), 12-14 shingles each
      const [a, b, c, d, e, f] = [
        'UK to provide additional $53 million in humanitarian aid to Ukraine, prime minister says',
        'UK will provide additional $53 million in humanitarian aid to Ukraine, prime minister says',
        '2 residential buildings hit in Kyiv as air raid sirens sound throughout Ukraine, mayor says',
        '3 residential buildings hit in Kyiv as air raid sirens sound throughout Ukraine, mayor says',
        "It's just past 1 p.m. in Kyiv. Here's what you need to know",
        "It's just past 2 p.m. in Kyiv. Here's what you need to know",
      ].map((t, i) => record(t, `2022-03-0${i + 1}`)) as [
        SitrepRecord,
        SitrepRecord,
        SitrepRecord,
        SitrepRecord,
        SitrepRecord,
        SitrepRecord,
      ];
      await ingest(store, [f, e, d, c, b, a]);
      const link = await copyOf(store, b.id);
      expect(link?.original).toBe(a.id);
      expect(link?.rule).toMatch(/^corpus\/copies\/kept-shingles#jaccard>=0.7/);
      expect(link?.similarity).toBeCloseTo(10 / 14, 5);
      expect(await copiesOf(store, c.id)).toBeNull();
      expect(await copiesOf(store, e.id)).toBeNull();
    });

    it.skipIf(!existsSync(BBC))(
      'the same records in any order and batching give the same copies; a re-run changes nothing',
      async () => {
        const texts = ['business/001.txt', 'business/002.txt', 'sport/001.txt', 'tech/001.txt'].map(
          bbc,
        );
        const records = [
          ...texts.map((t, i) => record(t, `2005-01-1${i}`)),
          ...texts.map((t, i) => record(edited(t), `2005-01-0${i + 1}`)),
          ...texts
            .slice(0, 2)
            .map((t) => record(`${edited(t)}\n\nTransmits UNN citing Reuters.`, null)),
        ];
        const a = await fresh();
        await ingest(a, records);
        const b = await fresh();
        await ingest(b, shuffle(records, 7), 3);
        const copies = async (s: Store) => Promise.all(records.map((r) => copyOf(s, r.id)));
        const ca = await copies(a);
        expect(ca.filter((c) => c !== null)).toHaveLength(6);
        expect(await copies(b)).toEqual(ca);
        const before = await dump(b);
        expect(before['copies:group']).toEqual((await dump(a))['copies:group']);
        await copiesStage.update(b, shuffle(records, 3));
        expect(await dump(b)).toEqual(before);
      },
    );

    it.skipIf(!existsSync(SEED))(
      'the seed, a Ukrinform copy of it, and the outlets they relay',
      async () => {
        const store = await fresh();
        let raw;
        for await (const r of readInputs([SEED], {})) if ('article' in r) raw = r.article;
        if (!raw) throw new Error(`${SEED}: no article`);
        const p = pipelineFor('default');
        const seed = buildRecord(raw, p);
        const copy = buildRecord(
          {
            ...raw,
            origin: { path: 'ukrinform', url: null, format: 'text' },
            text: `Transmits Ukrinform with reference to UNN.\n\n${raw.text}`,
            published: '2025-02-01',
          },
          p,
        );
        expect(relaysOf(seed).map((r) => [r.key, r.name, r.text])).toEqual([
          ['new york times', 'The New York Times', 'The New York Times'],
        ]);
        const nyt = relaysOf(seed)[0];
        expect(seed.text.slice(nyt?.start, nyt?.end)).toBe('The New York Times');
        expect(nyt?.rule).toMatch(/^lexicon:data\/provenance\/cues\.json#with reference to\+/);
        expect(relaysOf(copy).map((r) => r.key)).toEqual(
          expect.arrayContaining(['unn', 'new york times']),
        );

        await ingest(store, [copy, seed]);
        const link = await copyOf(store, copy.id);
        expect(link?.original).toBe(seed.id);
        expect(link?.exact).toBe(false);
        expect(link?.similarity).toBeGreaterThan(0.9);
        expect(await copyOf(store, seed.id)).toBeNull();
        expect((await relayedBy(store, 'the NYT')).map((r) => r.record).sort()).toEqual(
          [seed.id, copy.id].sort(),
        );
        expect((await relayedBy(store, 'UNN')).map((r) => r.record)).toEqual([copy.id]);
        expect(await relayedBy(store, 'Reuters')).toEqual([]);
      },
    );

    it('bad input does not stop the batch', async () => {
      const store = await fresh();
      const good = record(
        'Officials in Kyiv reported no casualties after the overnight attack on the city.',
      );
      const bad = { ...good, id: '', text: undefined } as unknown as SitrepRecord;
      await copiesStage.update(store, [bad, good, good]);
      expect(await store.corpus.count('copies:sig')).toBe(1);
    });
  });
}
