/**
 * `npm run eval:corpus` (first half): story and event clusters on ECB+
 * (../shared/datasets/ecbplus-dev, read by ecbplus/read.ts, scored by ecbplus/score.ts).
 *
 * Every document is built with the default preset, with no publication date (ECB+ gives none:
 * `published` is null, so story links compare undated articles with each other only and event
 * times come from the text alone), stored in a SQLite :memory: store, and the corpus stages
 * "stories" and "events" run over it in batches of 100 (in file order; the order does not
 * matter, see test/corpus/clusters.test.ts). The system never sees the topics.
 *
 * (b') clusters the gold mentions themselves: the same stages over copies of the records whose
 * events are the gold mentions (ecbplus/gold-input.ts), beside the lemma baseline on them.
 *
 * Reported on: the tuning topics (1, 3, 4, 6-10: thresholds in data/corpus/cluster-settings.json
 * were set on these), the conventional dev topics (2, 5, 12, 18, 21, 23, 34, 35), the topics
 * not tuned on, and all topics present.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecord } from '../../src/core/build.js';
import type { SitrepRecord } from '../../src/core/record.js';
import { EVENTS } from '../../src/corpus/clusters/events.js';
import { eventsStage, storiesStage, STORIES } from '../../src/corpus/clusters/index.js';
import { pipelineFor } from '../../src/presets/default.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { CorefScores } from './coref-metrics.js';
import { readEcbPlus, type EcbDoc } from './ecbplus/read.js';
import { withGoldEvents, goldEventId } from './ecbplus/gold-input.js';
import { score, scoreGoldInput, type Built, type Figures } from './ecbplus/score.js';

const DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/datasets/ecbplus-dev',
);

export const TUNING = new Set([1, 3, 4, 6, 7, 8, 9, 10]);
export const DEV = new Set([2, 5, 12, 18, 21, 23, 34, 35]);

const pct = (x: number) => (100 * x).toFixed(2);
const prf = (x: { p: number; r: number; f1: number }) =>
  process.env.ECBPLUS_DEBUG ? `${pct(x.f1)} (P ${pct(x.p)} R ${pct(x.r)})` : pct(x.f1);
const line = (c: CorefScores) =>
  `MUC ${prf(c.muc)}  B3 ${prf(c.b3)}  CEAF-e ${prf(c.ceafe)}  CoNLL ${pct(c.conll)}`;

function report(name: string, f: Figures, g: ReturnType<typeof scoreGoldInput>): void {
  console.log(`\n## ${name}: ${f.docs} docs, ${f.stories.goldStories} gold stories`);
  console.log(
    `(a) stories: B3 F1 ${pct(f.stories.b3)}  ARI ${pct(f.stories.ari)}  (${f.stories.systemStories} system clusters)`,
  );
  console.log(
    `(b) gold mentions (${f.goldMentions}, ${f.matched} matched to a system event): ${line(f.gold)}`,
  );
  console.log(`    same-head-lemma baseline (within topic): ${line(f.baseline)}`);
  console.log(`    on the matched mentions only: lemma baseline ${line(f.lemmaOnMatched)}`);
  console.log(`    on the matched mentions only: gold clusters ${line(f.oracleOnMatched)}`);
  console.log(`(b') gold mentions as the system's input: ${line(g.system)}`);
  console.log(`    same-head-lemma baseline (within topic): ${line(g.baseline)}`);
  console.log(`(c) end to end (${f.systemMentions} system mentions): ${line(f.endToEnd)}`);
}

export async function runEcbPlus(): Promise<void> {
  if (!existsSync(DIR)) {
    console.log(`ECB+ not found at ${DIR}: skipped`);
    return;
  }
  const t0 = Date.now();
  const docs = readEcbPlus(DIR);
  // ECBPLUS_CACHE=<file>: keep the built records there between runs (development only)
  const cache = process.env.ECBPLUS_CACHE;
  const cached: Record<string, SitrepRecord> =
    cache && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : {};
  const pipeline = pipelineFor('default');
  const built: Built[] = [];
  let changed = 0;
  for (const doc of docs) {
    const record =
      cached[doc.name] ??
      buildRecord(
        {
          origin: { path: doc.name, url: null, format: 'text' },
          text: doc.text,
          title: null,
          published: null,
          outlet: null,
        },
        pipeline,
        { anyLanguage: true },
      );
    if (record.text !== doc.text) changed++;
    built.push({ doc, record });
  }
  if (cache && !existsSync(cache)) {
    writeFileSync(
      cache,
      JSON.stringify(Object.fromEntries(built.map((b) => [b.doc.name, b.record]))),
    );
  }
  const t1 = Date.now();
  const store = await openSqliteStore(':memory:');
  const unique = new Map<string, SitrepRecord>();
  for (const b of built) unique.set(b.record.id, b.record);
  const records = [...unique.values()];
  await store.put(records);
  for (let i = 0; i < records.length; i += 100) {
    const batch = records.slice(i, i + 100);
    await storiesStage.update(store, batch);
    await eventsStage.update(store, batch);
  }
  const t2 = Date.now();
  const story = await STORIES.groupsOf(
    store,
    records.map((r) => r.id),
  );
  const members = records.flatMap((r) => r.events.map((e) => `${r.id}#${e.id}`));
  const event = await EVENTS.groupsOf(store, members);
  await store.close();
  // (b') the same stages over the records with the gold mentions as their events
  const goldStore = await openSqliteStore(':memory:');
  const goldRecords = new Map<string, SitrepRecord>();
  for (const b of built) goldRecords.set(b.record.id, withGoldEvents(b));
  const goldList = [...goldRecords.values()];
  await goldStore.put(goldList);
  for (let i = 0; i < goldList.length; i += 100) {
    const batch = goldList.slice(i, i + 100);
    await storiesStage.update(goldStore, batch);
    await eventsStage.update(goldStore, batch);
  }
  const goldEvent = await EVENTS.groupsOf(
    goldStore,
    goldList.flatMap((r) => r.events.map((e) => `${r.id}#${e.id}`)),
  );
  await goldStore.close();
  const goldView = (b: Built, i: number) => {
    const m = `${b.record.id}#${goldEventId(i)}`;
    return goldEvent.get(m) ?? m;
  };
  console.log(
    `# ECB+: ${docs.length} docs (${docs.length - records.length} duplicate texts, ${changed} texts changed by normalising); build ${((t1 - t0) / 1000).toFixed(1)} s, corpus stages ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  const subset = (keep: (d: EcbDoc) => boolean) => built.filter((b) => keep(b.doc));
  const view = { story, event };
  if (process.env.ECBPLUS_DEBUG) debugStories(built, story);
  const split = (name: string, keep: (d: EcbDoc) => boolean) => {
    const part = subset(keep);
    report(name, score(part, view), scoreGoldInput(part, goldView));
  };
  split('tuning topics 1, 3, 4, 6-10', (d) => TUNING.has(d.topic));
  split('dev topics 2, 5, 12, 18, 21, 23, 34, 35', (d) => DEV.has(d.topic));
  split('topics not tuned on', (d) => !TUNING.has(d.topic));
  const topics = new Set(docs.map((d) => d.topic)).size;
  split(`all ${topics} topics present`, () => true);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await runEcbPlus();
}

/** which system story clusters each gold story falls into (development aid) */
function debugStories(built: readonly Built[], story: Map<string, string>): void {
  const bySys = new Map<string, Map<string, number>>();
  for (const b of built) {
    const s = story.get(b.record.id) ?? b.record.id;
    const m = bySys.get(s) ?? new Map<string, number>();
    m.set(b.doc.story, (m.get(b.doc.story) ?? 0) + 1);
    bySys.set(s, m);
  }
  for (const [s, m] of bySys) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    if (total > 1 || m.size > 1) console.log(s.slice(0, 8), JSON.stringify(Object.fromEntries(m)));
  }
  const singles = [...bySys.values()].filter(
    (m) => [...m.values()][0] === 1 && m.size === 1,
  ).length;
  console.log('singleton system stories:', singles);
}
