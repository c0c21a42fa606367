/**
 * `npm run eval:entities`: entity spans and types on the whole development sets
 * (../shared/datasets: gum-news, re3d-dev, meantime-trial). Prints exact and overlap
 * P/R/F1 per class (one-to-one matching), a lenient any-overlap P/R/F1 (see
 * eval/entities/score.ts scoreAny: re3d nests its gold spans), then the worst misses and
 * false alarms (one-to-one overlap mode).
 *
 * Our types map to the evaluation classes as follows (every dataset):
 *   person -> PER; organisation, military-unit, group -> ORG; country, place -> LOC;
 *   weapon -> WEA; mentions written as demonyms ("Syrian", "North Korean") -> NAT; a country
 *   mention marked metonym "organisation" ("Syria has accused") and a plural demonym
 *   ("Syrians", a people as an actor) -> ORG; plural demonyms count as names (GUM annotates
 *   "the Belgians" as a named organization).
 * Each dataset's own mapping is in eval/entities/<dataset>.ts and printed with its table.
 * Datasets that annotate names only (GUM, MEANTIME) are compared with our name mentions
 * (form "name" or "acronym"); re3d, which also annotates nominal mentions, with all of them.
 *
 * ECB+ (ecbplus-dev: participants and places, names only; eval/entities/ecbplus.ts) is news no
 * entity rule was written on. After the tables, a split section gives PER+ORG+LOC per split: GUM
 * train vs dev, re3d per source folder with mean and spread, ECB+ dev topics vs the others.
 *
 * Flags: --misses N (default 15), --only gum|re3d|meantime|ecbplus, --baseline (compromise too).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlpCompromise from 'compromise';
import { createPipeline } from '../src/core/pipeline.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import type { EntityMention } from '../src/stages/entities/types.js';
import type { Entity } from '../src/core/record.js';
import type { GoldDoc, GoldMention, GoldSet } from './entities/gold.js';
import { ECB_DEV_TOPICS, loadEcbEntities } from './entities/ecbplus.js';
import { loadGum } from './entities/gum.js';
import { loadMeantime } from './entities/meantime.js';
import { loadRe3d } from './entities/re3d.js';
import { prf, scoreAny, scoreDoc, sum, type PredMention, type Tally } from './entities/score.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.resolve(HERE, '../../shared/datasets');

const CLASS: Record<string, string> = {
  person: 'PER',
  organisation: 'ORG',
  'military-unit': 'ORG',
  group: 'ORG',
  country: 'LOC',
  place: 'LOC',
  weapon: 'WEA',
};

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const MISSES = Number(flag('--misses') ?? 15);
const ONLY = flag('--only');
const BASELINE = args.includes('--baseline');

const pipeline = createPipeline([sentencesStage, entitiesStage]);
/** each document's scored predictions, kept by run() for the split tables */
const predsOf = new Map<GoldDoc, PredMention[]>();

/** Our mentions as evaluation predictions. */
export function predictions(entities: readonly Entity[], scope: 'named' | 'all'): PredMention[] {
  const out: PredMention[] = [];
  for (const e of entities) {
    for (const m of e.mentions as EntityMention[]) {
      const people = m.form === 'demonym' && m.metonym !== undefined;
      if (scope === 'named' && m.form !== 'name' && m.form !== 'acronym' && !people) continue;
      const cls = m.form === 'demonym' && !people ? 'NAT' : CLASS[m.metonym ?? e.type];
      if (!cls) continue;
      out.push({ start: m.start, end: m.end, text: m.text, cls, rule: m.rule });
    }
  }
  return out;
}

function compromisePreds(text: string): PredMention[] {
  const out: PredMention[] = [];
  const doc = nlpCompromise(text);
  const add = (view: { json: (o: object) => unknown }, cls: string): void => {
    for (const o of view.json({ offset: true }) as {
      offset: { start: number; length: number };
    }[]) {
      const { start, length } = o.offset;
      out.push({
        start,
        end: start + length,
        text: text.slice(start, start + length),
        cls,
        rule: 'compromise',
      });
    }
  };
  add(doc.people(), 'PER');
  add(doc.places(), 'LOC');
  add(doc.organizations(), 'ORG');
  return out;
}

const f3 = (x: number): string => x.toFixed(3);

function table(title: string, exact: Tally, overlap: Tally, any: Tally): void {
  const classes = [...new Set([...exact.keys(), ...overlap.keys()])].filter((c) => c !== '?');
  const order = [
    'PER',
    'ORG',
    'LOC',
    ...classes.filter((c) => !['PER', 'ORG', 'LOC'].includes(c)).sort(),
  ];
  console.log(`\n${title}`);
  console.log(
    'class        gold  pred | exact P   R     F1   | overlap P  R     F1   | any-overlap P R   F1',
  );
  const row = (name: string, cs: string[]): void => {
    const e = sum(exact, cs);
    const [a, b, c] = [prf(e), prf(sum(overlap, cs)), prf(sum(any, cs))];
    console.log(
      `${name.padEnd(11)} ${String(e.gold).padStart(5)} ${String(e.pred).padStart(5)} | ${f3(a.p)} ${f3(a.r)} ${f3(a.f)} | ${f3(b.p)} ${f3(b.r)} ${f3(b.f)} | ${f3(c.p)} ${f3(c.r)} ${f3(c.f)}`,
    );
  };
  for (const c of order) if (exact.has(c) || overlap.has(c)) row(c, [c]);
  row('PER+ORG+LOC', ['PER', 'ORG', 'LOC']);
}

function top<T>(items: T[], key: (t: T) => string, n: number): string {
  const c = new Map<string, number>();
  for (const i of items) c.set(key(i), (c.get(key(i)) ?? 0) + 1);
  return [...c.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => `    ${v}x ${k}`)
    .join('\n');
}

/**
 * Why a PER/ORG/LOC gold span was missed (one-to-one overlap mode), so the largest classes of
 * misses can be counted: `nested` (a prediction of its class overlaps it but was credited to
 * another, usually enclosing or enclosed, gold span: re3d nests its spans), `other-class` (only
 * a prediction of another class overlaps it), then spans nothing overlaps, by shape: `nominal`
 * (lower-case head, with or without a determiner: "the regime", "rebels"), `name-1` (one
 * capitalised word: "Sabboura"), `name-n` (several words, one of them capitalised) and `other`
 * (figures, coordinates, punctuation).
 */
export function missClass(g: GoldMention, preds: readonly PredMention[]): string {
  const over = preds.filter((p) => p.start < g.end && g.start < p.end);
  if (over.some((p) => g.cls.includes(p.cls))) return 'nested';
  if (over.length > 0) return 'other-class';
  const words = g.text.trim().split(/\s+/);
  if (!/^\p{L}/u.test(g.text.trim())) return 'other';
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  if (
    caps.length === 0 ||
    (caps.length === 1 &&
      /^(?:the|an?|this|that|these|those)$/i.test(words[0] ?? '') &&
      words.length > 1 &&
      caps[0] === words[0])
  )
    return 'nominal';
  return words.length === 1 ? 'name-1' : 'name-n';
}

function run(set: GoldSet, who: 'sitrep' | 'compromise'): { ms: number; words: number } {
  const exact: Tally = new Map();
  const overlap: Tally = new Map();
  const any: Tally = new Map();
  const missed: GoldMention[] = [];
  const why: string[] = [];
  const spurious: PredMention[] = [];
  let ms = 0;
  let words = 0;
  for (const d of set.docs) {
    const t0 = performance.now();
    let preds: PredMention[];
    if (who === 'sitrep') {
      const layers = pipeline.run({
        text: d.text,
        published: d.published,
        title: null,
        outlet: null,
        language: 'en',
        layers: {},
      });
      preds = predictions(layers.entities ?? [], set.scope);
    } else preds = compromisePreds(d.text);
    ms += performance.now() - t0;
    if (d.scoreEnd !== undefined) preds = preds.filter((p) => p.start < (d.scoreEnd as number));
    if (d.scoreIn) {
      const ranges = d.scoreIn;
      preds = preds.filter((p) => ranges.some(([s, e]) => p.start >= s && p.end <= e));
    }
    if (who === 'sitrep') predsOf.set(d, preds);
    words += d.text.split(/\s+/).filter(Boolean).length;
    scoreDoc(d.text, d.gold, preds, 'exact', exact);
    const r = scoreDoc(d.text, d.gold, preds, 'overlap', overlap);
    scoreAny(d.gold, preds, any);
    missed.push(...r.missed);
    for (const g of r.missed)
      if (g.cls.some((c) => ['PER', 'ORG', 'LOC'].includes(c))) why.push(missClass(g, preds));
    spurious.push(...r.spurious);
  }
  const gold = set.docs.reduce((n, d) => n + d.gold.length, 0);
  table(
    `${set.name} [${who}] ${set.docs.length} docs, ${gold} gold mentions; ${set.mapping}`,
    exact,
    overlap,
    any,
  );
  if (who === 'sitrep' && MISSES > 0) {
    console.log(`  PER/ORG/LOC misses by class (overlap):\n${top(why, (w) => w, 10)}`);
    console.log(
      `  worst misses (overlap):\n${top(missed, (g) => `${g.cls.join('/')} "${g.text}"`, MISSES)}`,
    );
    console.log(
      `  worst false alarms (overlap):\n${top(spurious, (p) => `${p.cls} "${p.text}" (${p.rule})`, MISSES)}`,
    );
  }
  return { ms, words };
}

/**
 * PER+ORG+LOC exact and overlap figures per split of a set (the splits rules were written on
 * beside those they were not), from the predictions run() kept; with `spread`, the mean and
 * standard deviation of the splits' F1 too (re3d's folders, left out one at a time).
 */
function splitTable(title: string, groups: Map<string, GoldDoc[]>, spread = false): void {
  console.log(`\n${title}`);
  console.log(
    'split                         docs  gold | exact P   R     F1   | overlap P  R     F1',
  );
  const fs: { exact: number; overlap: number }[] = [];
  for (const [name, docs] of groups) {
    const exact: Tally = new Map();
    const overlap: Tally = new Map();
    for (const d of docs) {
      const preds = predsOf.get(d) ?? [];
      scoreDoc(d.text, d.gold, preds, 'exact', exact);
      scoreDoc(d.text, d.gold, preds, 'overlap', overlap);
    }
    const e = sum(exact, ['PER', 'ORG', 'LOC']);
    const [a, b] = [prf(e), prf(sum(overlap, ['PER', 'ORG', 'LOC']))];
    fs.push({ exact: a.f, overlap: b.f });
    console.log(
      `${name.slice(0, 28).padEnd(28)} ${String(docs.length).padStart(5)} ${String(e.gold).padStart(5)} | ${f3(a.p)} ${f3(a.r)} ${f3(a.f)} | ${f3(b.p)} ${f3(b.r)} ${f3(b.f)}`,
    );
  }
  if (spread && fs.length > 1) {
    const stat = (xs: number[]): string => {
      const mean = xs.reduce((x, y) => x + y, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((x, y) => x + (y - mean) ** 2, 0) / (xs.length - 1));
      return `${f3(mean)} ± ${f3(sd)} (min ${f3(Math.min(...xs))})`;
    };
    console.log(
      `  mean over ${fs.length} splits: exact F1 ${stat(fs.map((x) => x.exact))}, overlap F1 ${stat(fs.map((x) => x.overlap))}`,
    );
  }
}

/** GUM's own train/dev split (splits.md lists the dev documents) */
function gumSplits(set: GoldSet): Map<string, GoldDoc[]> {
  const file = path.join(DATA, 'gum-news/splits.md');
  const dev = new Set<string>();
  let section = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const h = /^## (\w+)/.exec(line);
    if (h) section = h[1] ?? '';
    const item = /^\s*\* (GUM_\S+)/.exec(line);
    if (item && section === 'dev') dev.add(item[1] ?? '');
  }
  const isDev = (d: GoldDoc): boolean => dev.has(d.id.replace(/\.conllu$/, ''));
  return new Map([
    ['train (rules written on)', set.docs.filter((d) => !isDev(d))],
    ['dev', set.docs.filter(isDev)],
  ]);
}

function main(): void {
  if (!existsSync(DATA)) {
    console.error(
      `eval:entities: ${DATA} not found; the development datasets live beside the repo`,
    );
    process.exit(1);
  }
  const sets: GoldSet[] = [];
  if (!ONLY || ONLY === 'gum') sets.push(loadGum(path.join(DATA, 'gum-news/dep')));
  if (!ONLY || ONLY === 're3d') sets.push(loadRe3d(path.join(DATA, 're3d-dev')));
  if (!ONLY || ONLY === 'meantime')
    sets.push(loadMeantime(path.join(DATA, 'meantime-trial/corpus_apple')));
  const ecbDir = path.join(DATA, 'ecbplus-dev');
  const ecb = (!ONLY || ONLY === 'ecbplus') && existsSync(ecbDir) ? loadEcbEntities(ecbDir) : null;
  if (ecb) sets.push(ecb);
  for (const set of sets) {
    const { ms, words } = run(set, 'sitrep');
    console.log(`  ${words} words in ${ms.toFixed(0)} ms`);
    if (BASELINE) run(set, 'compromise');
  }
  console.log('\nSplits: the figures on text the rules were not written on, beside the rest');
  for (const set of sets) {
    if (set.name === 'gum-news') splitTable('gum-news by GUM split', gumSplits(set));
    if (set.name === 're3d-dev') {
      const byFolder = new Map<string, GoldDoc[]>();
      for (const d of set.docs) {
        const folder = d.id.split('/')[0] ?? '';
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), d]);
      }
      splitTable('re3d-dev by source folder (each folder as the one left out)', byFolder, true);
    }
    if (ecb && set === ecb) {
      const isDev = (d: GoldDoc): boolean => ECB_DEV_TOPICS.has(ecb.topicOf.get(d.id) ?? -1);
      splitTable(
        'ecbplus-dev entities (no entity rule written on ECB+: all untuned)',
        new Map([
          ['dev topics 2,5,12,18,21,23,34,35', set.docs.filter(isDev)],
          ['other topics', set.docs.filter((d) => !isDev(d))],
          ['all', set.docs],
        ]),
      );
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
