/**
 * Story and event clusters (src/corpus/clusters) on records built by the real pipeline from
 * written reports: two outlets' reports of one strike cluster; the same type of event at another
 * place and time does not; two ingest orders and batchings give the same clusters; a re-run
 * changes nothing; the seed and another outlet's report of the same withdrawal share a story
 * and an event cluster.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SitrepRecord } from '../../src/core/record.js';
import {
  eventClusterMembers,
  eventClusterOf,
  eventClusterSummary,
  eventsStage,
  storiesStage,
  storyMembers,
  storyOf,
  storySummary,
} from '../../src/corpus/clusters/index.js';
import { PAIR, type PairReason } from '../../src/corpus/clusters/stories.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { article, recordOf } from '../fixtures/corpus/build.js';
import { shared } from '../helpers.js';

const STAGES = [storiesStage, eventsStage];

async function ingest(records: readonly SitrepRecord[][], store?: Store): Promise<Store> {
  const s = store ?? (await openSqliteStore(':memory:'));
  for (const batch of records) {
    await s.put(batch);
    for (const stage of STAGES) await stage.update(s, batch);
  }
  return s;
}

/** every corpus row of the cluster kinds, as sorted strings */
async function dump(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (const kind of [
    'stories:member',
    'stories:group',
    'stories:pair',
    'events:member',
    'events:group',
    'events:link',
  ]) {
    for await (const r of store.corpus.scan(kind))
      out.push(`${kind} ${r.key} ${r.record} ${JSON.stringify(r.value)}`);
  }
  return out.sort();
}

const event = (r: SitrepRecord, type: string) => {
  const e = r.events.find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} event in ${r.title ?? r.text.slice(0, 60)}`);
  return e;
};

// two outlets, one strike on Odesa's port on 12 March 2025
const reuters = article(
  '2025-03-12',
  'Writes Reuters.',
  'A Russian missile strike hit the port of Odesa on Wednesday, killing four people and damaging grain warehouses, Ukrainian officials said.',
  'Governor Oleh Kiper said the missile strike on Odesa port also wounded nine workers and set fire to a grain terminal.',
);
const kyivPost = article(
  '2025-03-12',
  'Writes Kyiv Post.',
  'Four people were killed when a Russian missile strike hit the Odesa port on Wednesday, regional governor Oleh Kiper said.',
  'The missile strike on the port damaged grain warehouses and a grain terminal in Odesa, Kiper said, adding that nine port workers were wounded.',
);
// the same type of event, another place, months later
const kharkiv = article(
  '2025-07-20',
  'Writes Reuters.',
  'A Russian missile strike hit a railway depot in Kharkiv on Sunday, wounding three workers, Governor Oleh Syniehubov said.',
  'Syniehubov said the missile strike on the Kharkiv depot damaged two locomotives.',
);
// the same type of event, another place, the same week as the Odesa strike
const zaporizhzhia = article(
  '2025-03-13',
  'Writes Ukrinform.',
  'A Russian drone strike on an energy facility in Zaporizhzhia on Thursday cut power to 20,000 homes, Governor Ivan Fedorov said.',
  'Fedorov said repair crews were restoring electricity in Zaporizhzhia after the drone strike.',
);

describe('story and event clusters', () => {
  it('two outlets reporting one strike are one story and one event cluster', async () => {
    const store = await ingest([[reuters, kyivPost]]);
    expect(await storyOf(store, kyivPost.id)).toBe(await storyOf(store, reuters.id));
    const a = await eventClusterOf(store, reuters.id, event(reuters, 'attack').id);
    const b = await eventClusterOf(store, kyivPost, event(kyivPost, 'attack').id);
    expect(a).toBe(b);
    const summary = await eventClusterSummary(store, a);
    expect(summary.articles.map((x) => x.id).sort()).toEqual([reuters.id, kyivPost.id].sort());
    expect(summary.firstReport?.published).toBe('2025-03-12');
    expect(summary.modality.asserted).toBeGreaterThanOrEqual(2);
    expect(summary.links.some((l) => l.rule === 'events/same-type')).toBe(true);
    const story = await storySummary(store, await storyOf(store, reuters.id));
    expect(story.links[0]?.rule).toMatch(/^stories\//);
    expect(story.links[0]?.similarity).toBeGreaterThan(0.35);
    await store.close();
  });

  it('the same type of event at another place or time is another cluster', async () => {
    const store = await ingest([[reuters, kharkiv, zaporizhzhia]]);
    const odesa = await storyOf(store, reuters.id);
    expect(await storyMembers(store, odesa)).toEqual([reuters.id]);
    const strike = await eventClusterOf(store, reuters.id, event(reuters, 'attack').id);
    const members = await eventClusterMembers(store, strike);
    expect(members.every((m) => m.startsWith(reuters.id))).toBe(true);
    expect(await eventClusterOf(store, kharkiv.id, event(kharkiv, 'attack').id)).not.toBe(strike);
    expect(await eventClusterOf(store, zaporizhzhia.id, event(zaporizhzhia, 'attack').id)).not.toBe(
      strike,
    );
    await store.close();
  });

  it('gives the same clusters in any order and batching, and a re-run changes nothing', async () => {
    const all = [reuters, kyivPost, kharkiv, zaporizhzhia];
    const one = await ingest([all]);
    const two = await ingest([[zaporizhzhia], [kyivPost, kharkiv], [reuters]]);
    const three = await ingest([[kharkiv], [reuters], [zaporizhzhia], [kyivPost]]);
    const d1 = await dump(one);
    expect(d1.length).toBeGreaterThan(0);
    expect(await dump(two)).toEqual(d1);
    expect(await dump(three)).toEqual(d1);
    await ingest([all, [kyivPost]], one);
    expect(await dump(one)).toEqual(d1);
    for (const s of [one, two, three]) await s.close();
  });
});

// short reports (a headline and its lead) sharing only a city: a topic, not a story (RUWA
// chained 5,013 headlines through such links)
const convoy = article(
  '2022-03-14',
  'Writes Reuters.',
  'Convoy of civilians leaves Mariupol after days of failed attempts',
);
const convoyToo = article(
  '2022-03-15',
  'Writes BBC.',
  'Civilian convoy leaves besieged Mariupol after days of failed evacuation attempts',
);
const theatre = article(
  '2022-03-15',
  'Writes BBC.',
  'Mariupol theatre: survivors describe the night the bombs fell on Mariupol',
);

describe('short reports', () => {
  it('sharing one city are not one story; sharing what happened there are', async () => {
    const store = await ingest([[convoy, theatre, convoyToo]]);
    expect(await storyOf(store, convoyToo.id)).toBe(await storyOf(store, convoy.id));
    expect(await storyOf(store, theatre.id)).not.toBe(await storyOf(store, convoy.id));
    const pairs = [];
    for await (const r of store.corpus.scan(PAIR))
      if (r.key === theatre.id || r.record === theatre.id) pairs.push(r.value);
    expect(pairs.map((p) => (p as PairReason).rule)).toContain('stories/one-term');
    await store.close();
  });
});

const SEED = shared('corpus/seed/000_8968b0838309d791.txt');

describe.skipIf(!existsSync(SEED))('the seed and another outlet on the same withdrawal', () => {
  it('share one story and one withdrawal event cluster', async () => {
    const seed = recordOf(readFileSync(SEED, 'utf8'), SEED);
    const other = article(
      '2025-02-01',
      'Writes Euromaidan Press.',
      'North Korean troops fighting for Russia have been withdrawn from the front line in the Kursk region after heavy losses, The New York Times reported, citing Ukrainian and American officials.',
      'Pyongyang had sent about 12,000 troops to Russia in November 2024, according to the newspaper.',
      "Ukraine's commander-in-chief, General Oleksandr Syrskyi, said the number of North Korean soldiers at the front had halved.",
      'U.S. officials told the NYT that the withdrawal of the North Korean soldiers is unlikely to be permanent and that they may return after additional training.',
    );
    const store = await ingest([[other], [seed]]);
    expect(await storyOf(store, other.id)).toBe(await storyOf(store, seed.id));
    const withdrawal = (r: SitrepRecord) =>
      r.events.filter((e) => e.type === 'withdrawal').map((e) => e.id);
    const seedClusters = await Promise.all(
      withdrawal(seed).map((id) => eventClusterOf(store, seed.id, id)),
    );
    const otherClusters = await Promise.all(
      withdrawal(other).map((id) => eventClusterOf(store, other.id, id)),
    );
    expect(seedClusters.length).toBeGreaterThan(0);
    expect(otherClusters.some((c) => seedClusters.includes(c))).toBe(true);
    const summary = await eventClusterSummary(
      store,
      otherClusters.find((c) => seedClusters.includes(c)) as string,
    );
    expect(summary.articles.map((a) => a.id).sort()).toEqual([seed.id, other.id].sort());
    expect(summary.firstReport?.id).toBe(seed.id);
    await store.close();
  });
});
