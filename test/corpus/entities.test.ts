/**
 * Corpus entities across articles, on records built by the default pipeline: aliases of one
 * actor meet (DPRK / North Korea / North Korean; General Oleksandr Syrskyi / Oleksandr Syrskyi;
 * Kursk Oblast / Kursk region), a surname alone joins a full name only with same-record or
 * same-story evidence, two people sharing a surname never merge, ids do not depend on ingest
 * order or batching, and a re-run changes nothing; on SQLite and on PostgreSQL (skipped with a
 * message when no server answers at SITREP_TEST_PG or 127.0.0.1:5432).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onBothStores } from '../store/both-stores.js';
import { buildRecord } from '../../src/core/build.js';
import type { SitrepRecord } from '../../src/core/record.js';
import {
  corpusEntity,
  corpusEntityIds,
  findEntities,
  updateEntities,
} from '../../src/corpus/entities/index.js';
import { groups } from '../../src/corpus/groups.js';
import { pipelineFor } from '../../src/presets/default.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { ROOT } from '../helpers.js';

interface Opened {
  store: Store;
  cleanup?: () => Promise<void>;
}
const open: Opened[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.store.close();
    await o.cleanup?.();
  }
});
let opener: () => Promise<Opened> = async () => ({ store: await openSqliteStore(':memory:') });
const fresh = async () => {
  const o = await opener();
  open.push(o);
  return o.store;
};

const ARTICLES: [string, string, string, string][] = [
  // [name, outlet, date, text]
  [
    'kyiv',
    'Kyiv Independent',
    '2025-02-03',
    'Syrskyi said on Monday that DPRK soldiers had left the Kursk Oblast. Gen. Syrskyi added that Kim Jong Un had sent more troops.',
  ],
  [
    'reuters',
    'Reuters',
    '2025-02-04',
    "Ukraine's top commander, General Oleksandr Syrskyi, said on Monday that North Korea had withdrawn its troops from Kursk region.",
  ],
  [
    'school',
    'BBC',
    '2025-02-05',
    'Anna Syrskyi, a teacher in Kyiv, said on Wednesday the school had reopened. Syrskyi said the children returned.',
  ],
  ['alone', 'BBC', '2025-02-06', 'Syrskyi said on Thursday that the army held the line.'],
];

let seed: SitrepRecord;
const rec: Record<string, SitrepRecord> = {};
beforeAll(() => {
  const pipeline = pipelineFor('default');
  const text = readFileSync(`${ROOT}/examples/000_8968b0838309d791.txt`, 'utf8');
  seed = buildRecord(
    {
      origin: { path: 'seed', url: null, format: 'text' },
      text: text.replace(/^date \S+\s*/, ''),
      published: '2025-01-31',
      outlet: 'UNN',
    },
    pipeline,
  );
  for (const [name, outlet, published, body] of ARTICLES)
    rec[name] = buildRecord(
      { origin: { path: name, url: null, format: 'text' }, text: body, published, outlet },
      pipeline,
    );
});

const r = (name: string) => rec[name] as SitrepRecord;
const entityOf = (record: SitrepRecord, name: string) => {
  const e = record.entities.find((x) => x.name === name || x.aliases.includes(name));
  if (!e)
    throw new Error(
      `no entity "${name}" in ${record.origin.path}: ${record.entities.map((x) => x.name).join(', ')}`,
    );
  return { record: record.id, entity: e.id };
};
const idOf = async (store: Store, ref: { record: string; entity: string }) =>
  (await corpusEntityIds(store, [ref])).get(`${ref.record}#${ref.entity}`);

function entityCases(kind: string, make: () => Promise<Opened>) {
  describe(`corpus entities: ${kind}`, () => {
    beforeAll(() => {
      opener = make;
    });

    it('DPRK, North Korea and "North Korean" are one country across three records', async () => {
      const store = await fresh();
      await updateEntities(store, [seed, r('kyiv'), r('reuters')]);
      const ids = new Set([
        await idOf(store, entityOf(seed, 'North Korean')),
        await idOf(store, entityOf(r('kyiv'), 'DPRK')),
        await idOf(store, entityOf(r('reuters'), 'North Korea')),
      ]);
      expect([...ids]).toEqual(['country:kp']);
      const found = await findEntities(store, 'dprk');
      expect(found.map((e) => e.id)).toEqual(['country:kp']);
      expect(found[0]?.name).toBe('North Korea');
      expect(new Set(found[0]?.mentions.map((m) => m.record))).toEqual(
        new Set([seed.id, r('kyiv').id, r('reuters').id]),
      );
    });

    it('Kursk Oblast and Kursk region are one place', async () => {
      const store = await fresh();
      await updateEntities(store, [seed, r('kyiv')]);
      expect(await idOf(store, entityOf(r('kyiv'), 'Kursk Oblast'))).toBe(
        await idOf(store, entityOf(seed, 'Kursk region')),
      );
      const found = await findEntities(store, 'kursk oblast');
      expect(found).toHaveLength(1);
      expect([found[0]?.name, ...(found[0]?.aliases ?? [])].sort()).toEqual([
        'Kursk Oblast',
        'Kursk region',
      ]);
    });

    it('General Oleksandr Syrskyi and Oleksandr Syrskyi are one person across two records', async () => {
      const store = await fresh();
      await updateEntities(store, [seed, r('reuters')]);
      const a = await idOf(store, entityOf(seed, 'Oleksandr Syrskyi'));
      expect(a).toBe('person:oleksandr syrsky');
      expect(await idOf(store, entityOf(r('reuters'), 'General Oleksandr Syrskyi'))).toBe(a);
      const e = await corpusEntity(store, a as string);
      expect(e?.aliases).toContain('General Oleksandr Syrskyi');
    });

    it('a surname alone joins the full name only in the same story cluster', async () => {
      const without = await fresh();
      await updateEntities(without, [r('kyiv'), r('reuters')]);
      const surname = entityOf(r('kyiv'), 'Syrskyi');
      expect(await idOf(without, surname)).not.toBe('person:oleksandr syrsky');

      const store = await fresh();
      await groups('stories').link(store, [[r('kyiv').id, r('reuters').id]]);
      await updateEntities(store, [r('kyiv'), r('reuters')]);
      expect(await idOf(store, surname)).toBe('person:oleksandr syrsky');
      const e = await corpusEntity(store, 'person:oleksandr syrsky');
      expect(e?.evidence).toEqual([
        expect.objectContaining({ rule: 'same-story-surname', to: 'person:oleksandr syrsky' }),
      ]);
    });

    it('a story cluster built after the entities stage still joins the surname (read at lookup)', async () => {
      const store = await fresh();
      await updateEntities(store, [r('kyiv'), r('reuters')]);
      const surname = entityOf(r('kyiv'), 'Syrskyi');
      expect(await idOf(store, surname)).not.toBe('person:oleksandr syrsky');
      // the stories stage runs after the entities stage and puts both in one story
      await groups('stories').link(store, [[r('kyiv').id, r('reuters').id]]);
      expect(await idOf(store, surname)).toBe('person:oleksandr syrsky');
      const e = await corpusEntity(store, 'person:oleksandr syrsky');
      expect(new Set(e?.mentions.map((m) => m.record))).toEqual(
        new Set([r('kyiv').id, r('reuters').id]),
      );
      // the surname's own id reads as the person now
      expect((await corpusEntity(store, `~${surname.record}#${surname.entity}`))?.id).toBe(
        'person:oleksandr syrsky',
      );
    });

    it('a second full name of the surname in the story undoes the join, in any order', async () => {
      const trio = [r('alone'), r('reuters'), r('school')];
      for (const order of [
        [0, 1, 2],
        [2, 0, 1],
        [1, 2, 0],
        [0, 2, 1],
      ]) {
        const store = await fresh();
        const seen: SitrepRecord[] = [];
        for (const i of order) {
          const x = trio[i] as SitrepRecord;
          await updateEntities(store, [x]);
          // the story grows with each record, as the stories stage would make it
          if (seen.length > 0)
            await groups('stories').link(store, [[(seen[0] as SitrepRecord).id, x.id]]);
          seen.push(x);
        }
        const bare = await idOf(store, entityOf(r('alone'), 'Syrskyi'));
        expect(bare, `order ${order.join(',')}`).toMatch(/^~/);
      }
      // without Anna Syrskyi in the story the same surname joins Oleksandr Syrskyi
      const pair = await fresh();
      await updateEntities(pair, [r('alone'), r('reuters')]);
      await groups('stories').link(pair, [[r('alone').id, r('reuters').id]]);
      expect(await idOf(pair, entityOf(r('alone'), 'Syrskyi'))).toBe('person:oleksandr syrsky');
    });

    it('a surname whose record gives it another country than the full name stays apart', async () => {
      // the seed's Oleksandr Syrskyi is UA; the bare 'Syrskyi' given a country as the record
      // stage gives one to a person it knows (people.json)
      const withCountry = (country: string) => {
        const x = r('alone');
        return {
          ...x,
          id: `${x.id}-${country}`,
          entities: x.entities.map((e) => (e.name === 'Syrskyi' ? { ...e, country } : e)),
        } as SitrepRecord;
      };
      for (const [country, joins] of [
        ['RU', false],
        ['UA', true],
      ] as const) {
        const store = await fresh();
        const bare = withCountry(country);
        await updateEntities(store, [seed, bare]);
        await groups('stories').link(store, [[seed.id, bare.id]]);
        const id = await idOf(store, entityOf(bare, 'Syrskyi'));
        if (joins) expect(id).toBe('person:oleksandr syrsky');
        else expect(id).toMatch(/^~/);
      }
    });

    it('two people sharing a surname never merge; a surname between them stays alone', async () => {
      const store = await fresh();
      // one story holding Anna Syrskyi, Oleksandr Syrskyi and a bare "Syrskyi"
      const ids = [r('reuters').id, r('school').id, r('alone').id];
      await groups('stories').link(store, [
        [ids[0] as string, ids[1] as string],
        [ids[1] as string, ids[2] as string],
      ]);
      await updateEntities(store, [r('reuters'), r('school'), r('alone')]);
      const anna = await idOf(store, entityOf(r('school'), 'Anna Syrskyi'));
      const oleksandr = await idOf(store, entityOf(r('reuters'), 'Oleksandr Syrskyi'));
      const bare = await idOf(store, entityOf(r('alone'), 'Syrskyi'));
      expect(anna).toBe('person:anna syrsky');
      expect(oleksandr).toBe('person:oleksandr syrsky');
      expect(bare).not.toBe(anna);
      expect(bare).not.toBe(oleksandr);
      // a name search finds both people, apart
      const found = (await findEntities(store, 'Syrskyi')).map((e) => e.id);
      expect(found).toEqual(
        expect.arrayContaining(['person:anna syrsky', 'person:oleksandr syrsky']),
      );
    });

    it('ids are the same in any ingest order or batching, and a re-run changes nothing', async () => {
      const all = [seed, r('kyiv'), r('reuters'), r('school'), r('alone')];
      const refs = all.flatMap((x) => x.entities.map((e) => ({ record: x.id, entity: e.id })));
      const snapshot = async (store: Store) => {
        const rows: string[] = [];
        for (const kind of [
          'entities:member',
          'entities:group',
          'entities:links',
          'entities:mention',
          'entities:alias',
          'entities:surname',
          'entities:surname-only',
          'entities:evidence',
        ])
          for await (const row of store.corpus.scan(kind)) rows.push(JSON.stringify(row));
        return rows;
      };
      const story = async (store: Store) =>
        groups('stories').link(store, [[r('kyiv').id, r('reuters').id]]);

      const one = await fresh();
      await story(one);
      await updateEntities(one, all);
      const two = await fresh();
      await story(two);
      for (const x of [...all].reverse()) await updateEntities(two, [x]);
      const three = await fresh();
      await story(three);
      await updateEntities(three, [r('alone'), r('reuters')]);
      await updateEntities(three, [seed, r('school'), r('kyiv')]);

      const ids = [...(await corpusEntityIds(one, refs))].sort();
      expect(ids).toHaveLength(refs.length);
      expect([...(await corpusEntityIds(two, refs))].sort()).toEqual(ids);
      expect([...(await corpusEntityIds(three, refs))].sort()).toEqual(ids);
      const rows = await snapshot(one);
      expect(await snapshot(two)).toEqual(rows);
      await updateEntities(one, all);
      await updateEntities(one, [r('kyiv')]);
      expect(await snapshot(one)).toEqual(rows);
    });

    it('a record with malformed entities does not fail the batch', async () => {
      const store = await fresh();
      const bad = {
        ...r('alone'),
        id: 'bad',
        entities: [
          null,
          { id: 3 },
          { id: 'e1', name: 'X Y', type: 'person', aliases: null, mentions: null },
        ],
      } as unknown as SitrepRecord;
      await updateEntities(store, [bad, r('kyiv')]);
      expect(await idOf(store, entityOf(r('kyiv'), 'DPRK'))).toBe('country:kp');
    });
  });
}

await onBothStores('corpus entities', entityCases);
