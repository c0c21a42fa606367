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
import { corpusEntityIds, updateEntities } from '../../src/corpus/entities/index.js';
import { pipelineFor } from '../../src/presets/default.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { markableSpan, readCatDir, type CatFile } from '../meantime/cat.js';
import { adjustedRand, scoreClusters, type CorefScores } from './coref-metrics.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MEANTIME = path.resolve(
  HERE,
  '../../../shared/datasets/meantime-trial/cross-doc/corpus_apple',
);

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

/** gold mention id -> corpus entity id (absent when no record entity mention overlaps it) */
export async function systemClusters(docs: readonly GoldDoc[]): Promise<{
  map: Map<string, string>;
  /** gold mention id -> the normalised name of the record entity it matched */
  recordName: Map<string, string>;
  records: SitrepRecord[];
  ms: number;
}> {
  const recordName = new Map<string, string>();
  const pipeline = pipelineFor('default');
  const t0 = performance.now();
  const records = docs.map((d) =>
    buildRecord(
      {
        origin: { path: d.id, url: null, format: 'cat' },
        text: d.text,
        published: d.published,
        outlet: 'Wikinews',
      },
      pipeline,
    ),
  );
  const store = await openSqliteStore(':memory:');
  await updateEntities(store, records);
  const ms = performance.now() - t0;
  const map = new Map<string, string>();
  const refs: { record: string; entity: string }[] = [];
  const best = new Map<string, { record: string; entity: string }>();
  docs.forEach((d, i) => {
    const r = records[i] as SitrepRecord;
    if (r.text !== d.text) throw new Error(`${d.id}: the record's text differs from the CAT text`);
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
  return { map, recordName, records, ms };
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

async function main() {
  if (!existsSync(MEANTIME)) {
    console.log(`MEANTIME cross-doc not found at ${MEANTIME}: skipped`);
    return;
  }
  const docs = readCatDir(MEANTIME, 'lines').map(meantimeDoc);
  const { map, recordName, ms } = await systemClusters(docs);
  const all = docs.flatMap((d) => d.mentions);
  console.log(
    `MEANTIME cross-doc corpus_apple: ${docs.length} articles, records + entities stage in ${ms.toFixed(0)} ms`,
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
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await main();
