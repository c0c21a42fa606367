/**
 * `npm run eval:corpus-entities`: cross-document entity resolution of the corpus entities stage
 * (src/corpus/entities) on MEANTIME cross-doc (../shared/datasets/meantime-trial/cross-doc/
 * corpus_apple: 30 Wikinews articles about Apple whose ENTITY instances share instance_id
 * across articles).
 *
 * How: each article becomes a record with the default preset (published = its CREATION_TIME,
 * outlet "Wikinews"); the entities stage runs over all 30 on a SQLite :memory: store; each
 * gold entity mention (an ENTITY_MENTION with a REFERS_TO instance) takes the corpus entity of
 * the record entity whose mention overlaps it most (the mention over the gold mention's annotated head first, then the largest overlap, then
 * the shorter mention).
 *
 * Convention (stated in the output):
 * - gold clusters are the ENTITY instance_ids; the scored mentions are the gold mentions only
 *   (system mentions that match no gold mention are not scored);
 * - a gold mention the system did not find (no overlapping record entity mention) is a
 *   singleton cluster of its own in the system partition;
 * - "named": mentions with syntactic_type NAM or PRE.NAM (proper names, what a name-based
 *   resolver is for); "all": every gold mention with an instance, pronouns and common nouns
 *   included (the system resolves no pronouns across sentences, so most of those are
 *   singletons).
 * Baseline: same normalised name: gold mentions whose own text is the same after lower-casing,
 * dropping accents, periods, a leading "the" and a trailing possessive form one cluster.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRecord } from '../../src/core/build.js';
import type { SitrepRecord } from '../../src/core/record.js';
import { storiesStage } from '../../src/corpus/clusters/index.js';
import { corpusEntityIds, updateEntities } from '../../src/corpus/entities/index.js';
import { pipelineFor } from '../../src/presets/default.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { markableSpan, readCatDir, type CatFile } from '../meantime/cat.js';
import { readEcbPlus, type EcbDoc } from './ecbplus/read.js';
import { adjustedRand, scoreClusters, type CorefScores } from './coref-metrics.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MEANTIME = path.resolve(
  HERE,
  '../../../shared/datasets/meantime-trial/cross-doc/corpus_apple',
);
const ECBPLUS = path.resolve(HERE, '../../../shared/datasets/ecbplus-dev');
const ENTITY_TAG = /^(?:HUMAN_PART|NON_HUMAN_PART|LOC)/;

export interface GoldEntityMention {
  /** unique over the set: `${doc}#${m_id}` */
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  /** gold cluster */
  instance: string;
  type: string;
  named: boolean;
  /** the span of the annotated head inside the mention ('iTunes' in "Apple's iTunes") */
  head: { start: number; end: number } | null;
}

export interface GoldDoc {
  id: string;
  text: string;
  published: string | null;
  mentions: GoldEntityMention[];
}

const NAMED = new Set(['NAM', 'PRE.NAM']);

export function meantimeDoc(doc: CatFile): GoldDoc {
  const instance = new Map<string, { id: string; type: string }>();
  for (const m of doc.markables)
    if (m.tag === 'ENTITY' && m.attrs.m_id && m.attrs.instance_id)
      instance.set(m.attrs.m_id, { id: m.attrs.instance_id, type: m.attrs.ent_type ?? '' });
  const refers = new Map<string, { id: string; type: string }>();
  for (const r of doc.relations) {
    const target = r.tag === 'REFERS_TO' ? instance.get(r.targets[0] ?? '') : undefined;
    if (target) for (const s of r.sources) refers.set(s, target);
  }
  const mentions: GoldEntityMention[] = [];
  for (const m of doc.markables) {
    if (m.tag !== 'ENTITY_MENTION') continue;
    const inst = refers.get(m.attrs.m_id ?? '');
    const span = markableSpan(doc, m);
    if (!inst || !span) continue;
    const text = doc.text.slice(span.start, span.end);
    const h = m.attrs.head ? text.lastIndexOf(m.attrs.head) : -1;
    mentions.push({
      id: `${doc.id}#${m.attrs.m_id}`,
      doc: doc.id,
      ...span,
      text,
      instance: inst.id,
      type: inst.type,
      named: NAMED.has(m.attrs.syntactic_type ?? ''),
      head:
        h < 0
          ? null
          : { start: span.start + h, end: span.start + h + (m.attrs.head as string).length },
    });
  }
  return { id: doc.id, text: doc.text, published: doc.dct?.slice(0, 10) ?? null, mentions };
}

const better = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++)
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
  return false;
};

/**
 * Offsets of `from` in `to`, where `to` is `from` after the record's text normalisation
 * (src/core/normalise.ts: characters dropped, no-break spaces and control characters turned
 * into spaces): a dropped character maps to the next kept one.
 */
export function alignOffsets(from: string, to: string): Int32Array {
  const out = new Int32Array(from.length + 1);
  const same = (a: string, b: string) => a === b || (/\s/.test(a) && /\s/.test(b));
  let j = 0;
  for (let i = 0; i < from.length; i++) {
    out[i] = j;
    if (j < to.length && same(from[i] as string, to[j] as string)) j++;
  }
  out[from.length] = j;
  return out;
}

/**
 * One record per document, built with the default preset; when the record's normalised text
 * differs from the CAT text, the document's gold spans are moved onto the record's text.
 */
export function buildRecords(
  docs: readonly GoldDoc[],
  outlet: string,
): { records: SitrepRecord[]; docs: GoldDoc[]; moved: number } {
  const pipeline = pipelineFor('default');
  let moved = 0;
  const records: SitrepRecord[] = [];
  const out: GoldDoc[] = [];
  for (const d of docs) {
    const r = buildRecord(
      {
        origin: { path: d.id, url: null, format: 'cat' },
        text: d.text,
        published: d.published,
        outlet,
      },
      pipeline,
      { anyLanguage: true },
    );
    records.push(r);
    if (r.text === d.text) {
      out.push(d);
      continue;
    }
    moved++;
    const at = alignOffsets(d.text, r.text);
    const move = (x: number) => at[x] as number;
    const mentions = d.mentions.map((m) => ({
      ...m,
      start: move(m.start),
      end: move(m.end),
      head: m.head && { start: move(m.head.start), end: move(m.head.end) },
    }));
    for (const m of mentions)
      if (r.text.slice(m.start, m.end).replace(/\s/g, '') !== m.text.replace(/\s/g, ''))
        throw new Error(`${d.id}: gold span "${m.text}" not found after normalisation`);
    out.push({ ...d, text: r.text, mentions });
  }
  return { records, docs: out, moved };
}

/**
 * Runs the entities stage over `records` on a fresh SQLite :memory: store and gives each gold
 * mention the corpus entity of the record entity mention over it (absent when none overlaps).
 */
export async function systemClusters(
  docs: readonly GoldDoc[],
  records: readonly SitrepRecord[],
  opts: { stories?: boolean } = {},
): Promise<{
  map: Map<string, string>;
  /** gold mention id -> the normalised name of the record entity it matched */
  recordName: Map<string, string>;
  ms: number;
}> {
  const recordName = new Map<string, string>();
  const t0 = performance.now();
  const store = await openSqliteStore(':memory:');
  await updateEntities(store, records);
  if (opts.stories) {
    // the project's story clusters, so that a surname alone can join a full name by its story
    const unique = [...new Map(records.map((r) => [r.id, r])).values()];
    await store.put(unique);
    for (let i = 0; i < unique.length; i += 100)
      await storiesStage.update(store, unique.slice(i, i + 100));
  }
  const ms = performance.now() - t0;
  const map = new Map<string, string>();
  const refs: { record: string; entity: string }[] = [];
  const best = new Map<string, { record: string; entity: string }>();
  docs.forEach((d, i) => {
    const r = records[i] as SitrepRecord;
    for (const g of d.mentions) {
      let pick: { entity: string; name: string; rank: number[] } | null = null;
      for (const e of r.entities)
        for (const m of e.mentions) {
          const overlap = Math.min(m.end, g.end) - Math.max(m.start, g.start);
          if (overlap <= 0) continue;
          const head = g.head && m.start < g.head.end && g.head.start < m.end ? 1 : 0;
          // the mention over the gold head first, then the largest overlap, then the shorter
          const rank = [head, overlap, -(m.end - m.start)];
          if (!pick || better(rank, pick.rank)) pick = { entity: e.id, name: e.name, rank };
        }
      if (pick) {
        recordName.set(g.id, nameKey(pick.name));
        const ref = { record: r.id, entity: pick.entity };
        best.set(g.id, ref);
        refs.push(ref);
      }
    }
  });
  const ids = await corpusEntityIds(store, refs);
  for (const [g, ref] of best) {
    const id = ids.get(`${ref.record}#${ref.entity}`);
    if (id) map.set(g, id);
  }
  await store.close();
  return { map, recordName, ms };
}

export const nameKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/'s$|'$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** the system partition over `mentions`: missed ones as singletons */
function withSingletons(mentions: readonly GoldEntityMention[], system: Map<string, string>) {
  return new Map(mentions.map((m) => [m.id, system.get(m.id) ?? `missed:${m.id}`]));
}

const f = (x: number) => (100 * x).toFixed(2);
const line = (label: string, s: CorefScores, ari: number) =>
  `${label.padEnd(34)} MUC ${f(s.muc.p)}/${f(s.muc.r)}/${f(s.muc.f1)}  B3 ${f(s.b3.p)}/${f(s.b3.r)}/${f(s.b3.f1)}  CEAF-e ${f(s.ceafe.p)}/${f(s.ceafe.r)}/${f(s.ceafe.f1)}  CoNLL ${f(s.conll)}  ARI ${ari.toFixed(3)}`;

export function report(
  title: string,
  mentions: readonly GoldEntityMention[],
  system: Map<string, string>,
  recordName: Map<string, string>,
): { system: CorefScores; baseline: CorefScores; recordBaseline: CorefScores } {
  const gold = new Map(mentions.map((m) => [m.id, m.instance]));
  const sys = withSingletons(mentions, system);
  const base = new Map(mentions.map((m) => [m.id, nameKey(m.text)]));
  const byRecordName = withSingletons(mentions, recordName);
  const found = mentions.filter((m) => system.has(m.id)).length;
  const crossDoc = new Map<string, Set<string>>();
  for (const m of mentions)
    crossDoc.set(m.instance, (crossDoc.get(m.instance) ?? new Set()).add(m.doc));
  const multi = [...crossDoc.values()].filter((s) => s.size > 1).length;
  console.log(
    `\n${title}: ${mentions.length} gold mentions, ${crossDoc.size} instances (${multi} in more than one article); system found ${found} (${f(found / Math.max(1, mentions.length))}%), the rest are singletons. P/R/F1 in %`,
  );
  const s = scoreClusters(gold, sys);
  const b = scoreClusters(gold, base);
  const rb = scoreClusters(gold, byRecordName);
  console.log(line('  sitrep corpus entities', s, adjustedRand(gold, sys)));
  console.log(line('  baseline: same name (gold text)', b, adjustedRand(gold, base)));
  console.log(line('  baseline: same record-entity name', rb, adjustedRand(gold, byRecordName)));
  return { system: s, baseline: b, recordBaseline: rb };
}

/** the largest gold clusters and how the system splits them; the largest false merges */
function errors(mentions: readonly GoldEntityMention[], system: Map<string, string>, n = 8) {
  const sys = withSingletons(mentions, system);
  const byGold = new Map<string, GoldEntityMention[]>();
  for (const m of mentions) byGold.set(m.instance, [...(byGold.get(m.instance) ?? []), m]);
  console.log('  largest gold instances: system clusters (mention texts)');
  for (const [inst, ms] of [...byGold].sort((a, b) => b[1].length - a[1].length).slice(0, n)) {
    const parts = new Map<string, string[]>();
    for (const m of ms)
      parts.set(sys.get(m.id) as string, [...(parts.get(sys.get(m.id) as string) ?? []), m.text]);
    const show = [...parts]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 5)
      .map(
        ([id, t]) =>
          `${id.startsWith('missed:') ? 'missed' : id} x${t.length} (${[...new Set(t)].slice(0, 3).join('|')})`,
      );
    console.log(
      `    ${inst} (${ms.length}): ${show.join('; ')}${parts.size > 5 ? ` ... ${parts.size} parts` : ''}`,
    );
  }
  const bySys = new Map<string, GoldEntityMention[]>();
  for (const m of mentions) {
    const id = sys.get(m.id) as string;
    if (!id.startsWith('missed:')) bySys.set(id, [...(bySys.get(id) ?? []), m]);
  }
  const merges = [...bySys]
    .map(([id, ms]) => [id, ms, new Set(ms.map((m) => m.instance)).size] as const)
    .filter(([, , k]) => k > 1)
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, n);
  console.log('  system clusters over more than one gold instance:');
  for (const [id, ms, k] of merges)
    console.log(
      `    ${id} (${ms.length} mentions, ${k} instances): ${[...new Set(ms.map((m) => `${m.text}=${m.instance.slice(0, 3)}${m.instance.slice(-4)}`))].slice(0, 6).join(', ')}`,
    );
}

/**
 * ECB+ participant and location mentions (HUMAN_PART*, NON_HUMAN_PART*, LOC*) in the sentences
 * annotated for coreference that are in a CROSS_DOC_COREF chain; the chain's instance is the
 * gold cluster. ECB+ has no syntactic type: "named" here means a token of the mention other than
 * its sentence's first starts with a capital letter.
 */
export function ecbEntityDoc(doc: EcbDoc): GoldDoc {
  const cat = doc.cat;
  const byId = new Map(cat.markables.filter((m) => m.attrs.m_id).map((m) => [m.attrs.m_id, m]));
  const instanceOf = new Map<string, string>();
  for (const r of cat.relations) {
    if (r.tag !== 'CROSS_DOC_COREF') continue;
    const target = byId.get(r.targets[0] ?? '');
    const instance = target?.attrs.instance_id || r.attrs.note;
    if (instance) for (const src of r.sources) instanceOf.set(src, instance);
  }
  const firstOfSentence = new Set(cat.sentences.map((s) => cat.tokens[s[0] ?? -1]?.tid));
  const mentions: GoldEntityMention[] = [];
  for (const m of cat.markables) {
    if (!ENTITY_TAG.test(m.tag) || m.tokens.length === 0) continue;
    const instance = instanceOf.get(m.attrs.m_id ?? '');
    const toks = m.tokens.map((t) => cat.byTid.get(t)).filter((t) => t !== undefined);
    if (!instance || toks.length === 0 || !doc.annotated.has(toks[0]?.sentence ?? -1)) continue;
    const start = Math.min(...toks.map((t) => t.start));
    const end = Math.max(...toks.map((t) => t.end));
    mentions.push({
      id: `${doc.name}#${m.attrs.m_id}`,
      doc: doc.name,
      start,
      end,
      text: doc.text.slice(start, end),
      instance,
      type: m.tag,
      named: toks.some((t) => !firstOfSentence.has(t.tid) && /^\p{Lu}/u.test(t.word)),
      head: null,
    });
  }
  return { id: doc.name, text: doc.text, published: null, mentions };
}

const DEV_TOPICS = new Set([2, 5, 12, 18, 21, 23, 34, 35]);

async function ecbplus(): Promise<void> {
  const ecb = readEcbPlus(ECBPLUS);
  if (ecb.length === 0) {
    console.log(`\nECB+ not found at ${ECBPLUS}: skipped`);
    return;
  }
  const t0 = performance.now();
  const { records, docs, moved } = buildRecords(ecb.map(ecbEntityDoc), 'ECB+');
  const topics = [...new Set(ecb.map((d) => d.topic))];
  console.log(
    `\nECB+ (not tuned on): ${docs.length} documents in ${topics.length} topics, records in ${(performance.now() - t0).toFixed(0)} ms (${moved} texts changed by normalising, gold spans moved onto them); participant and location mentions in CROSS_DOC_COREF chains, annotated sentences only; no publication dates`,
  );
  // one store over every topic: what an ingest of all articles does
  const whole = await systemClusters(docs, records);
  const storied = await systemClusters(docs, records, { stories: true });
  // one store per topic: the conventional gold-topic setting
  const perTopic = { map: new Map<string, string>(), recordName: new Map<string, string>() };
  for (const t of topics) {
    const idx = ecb.flatMap((d, i) => (d.topic === t ? [i] : []));
    const r = await systemClusters(
      idx.map((i) => docs[i] as GoldDoc),
      idx.map((i) => records[i] as SitrepRecord),
    );
    for (const [k, v] of r.map) perTopic.map.set(k, `${t}/${v}`);
    for (const [k, v] of r.recordName) perTopic.recordName.set(k, `${t}/${v}`);
  }
  const all = docs.flatMap((d) => d.mentions);
  const dev = all.filter((m) => DEV_TOPICS.has(Number(m.doc.split('_')[0])));
  for (const [label, ms] of [
    ['all topics', all],
    ['dev topics 2 5 12 18 21 23 34 35', dev],
  ] as const) {
    report(
      `ECB+ ${label}, every mention, one store for all topics`,
      ms,
      whole.map,
      whole.recordName,
    );
    report(
      `ECB+ ${label}, named-like mentions, one store for all topics`,
      ms.filter((m) => m.named),
      whole.map,
      whole.recordName,
    );
    report(
      `ECB+ ${label}, every mention, one store per topic`,
      ms,
      perTopic.map,
      perTopic.recordName,
    );
    report(
      `ECB+ ${label}, named-like mentions, one store, with the stories stage`,
      ms.filter((m) => m.named),
      storied.map,
      storied.recordName,
    );
  }
}

async function main() {
  if (!existsSync(MEANTIME)) {
    console.log(`MEANTIME cross-doc not found at ${MEANTIME}: skipped`);
    return;
  }
  const docs = readCatDir(MEANTIME, 'lines').map(meantimeDoc);
  const t0 = performance.now();
  const { records } = buildRecords(docs, 'Wikinews');
  const built = performance.now() - t0;
  const { map, recordName, ms } = await systemClusters(docs, records);
  const all = docs.flatMap((d) => d.mentions);
  console.log(
    `MEANTIME cross-doc corpus_apple: ${docs.length} articles, records in ${built.toFixed(0)} ms, entities stage in ${ms.toFixed(0)} ms`,
  );
  console.log(
    'convention: gold mentions only; a gold mention takes the corpus entity of the record entity mention overlapping it most; gold mentions with no overlapping system mention are singletons',
  );
  const named = all.filter((m) => m.named);
  console.log(
    'baselines: "gold text" clusters every gold mention by its own normalised text (no detection misses); "record-entity name" clusters the gold mentions the system found by the normalised name of the record entity they matched (missed ones singletons, like the system): the same detection, naive cross-article matching',
  );
  report('MEANTIME named mentions (NAM, PRE.NAM)', named, map, recordName);
  if (process.argv.includes('--errors')) errors(named, map);
  report(
    'MEANTIME named PER/ORG/LOC mentions (no products PRO, financial FIN)',
    named.filter((m) => ['PER', 'ORG', 'LOC'].includes(m.type)),
    map,
    recordName,
  );
  report('MEANTIME all mentions with an instance (NAM, NOM, PRO ...)', all, map, recordName);
  const withStories = await systemClusters(docs, records, { stories: true });
  report(
    'MEANTIME named mentions, with the stories stage (surname evidence by story)',
    named,
    withStories.map,
    recordName,
  );
  if (!process.argv.includes('--no-ecb')) await ecbplus();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await main();
