/**
 * `npm run eval:events`: the events stage on MEANTIME (../shared/datasets/meantime-trial, CAT
 * XML), whole set.
 *
 * What is scored (the record keeps more, see docs/record.md#events):
 * - event mentions: every mention (trigger span) of every event, typed or "other", inside the
 *   annotated region (MEANTIME annotates the title, date line and first four body sentences);
 *   a predicted trigger matches a gold EVENT_MENTION when their character spans overlap
 *   (one-to-one, exact matches first); strict figures require identical spans.
 * - participants: for matched mentions, the mention's arguments (arg0/arg1 noun phrases, with or
 *   without a linked entity) against gold HAS_PARTICIPANT Arg0/Arg1 entity mentions; a match
 *   needs the same role and overlapping spans.
 * - ECB+ (eval/events/ecbplus.ts): event mentions against the gold ACTION mentions of the
 *   annotated sentences, on the dev topics (where rules may be written) and on the topics not
 *   tuned on; ECBPLUS=dev runs the dev topics only, ECBPLUS=0 skips ECB+.
 * - time anchor: for matched mentions whose gold event has an anchoring TLINK (any relation but
 *   BEFORE/AFTER/IBEFORE/IAFTER/MEASURE) to a TIMEX3: correct when the event's `time` is a times
 *   expression overlapping that TIMEX3, or, for the document creation time, when timeSource is
 *   "published".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRecord, Layers, TimeExpr } from '../src/core/record.js';
import { pipelineFor } from '../src/presets/default.js';
import { readCatDir, type CatDoc, type GoldEvent } from './events/cat.js';
import { DEV_TOPICS, evaluateEcbPlus, type EcbFigures } from './events/ecbplus.js';

const DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/datasets/meantime-trial',
);
const ECBPLUS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/datasets/ecbplus-dev',
);
const NOT_ANCHORING = new Set(['BEFORE', 'AFTER', 'IBEFORE', 'IAFTER', 'MEASURE']);

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

const prf = (c: Counts) => {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

interface PredMention {
  start: number;
  end: number;
  text: string;
  event: EventRecord;
}

interface Participant {
  role: string;
  start: number;
  end: number;
  text: string;
  mention: number;
}

export interface DocResult {
  mentions: Counts;
  strict: Counts;
  participants: Counts;
  anchors: {
    correct: number;
    total: number;
    published: number;
    publishedWrong: number;
    beforeOnly: number;
  };
  missed: string[];
  spurious: string[];
  byClass: Map<string, { tp: number; gold: number }>;
}

export function scoreDoc(doc: CatDoc, layers: Partial<Layers>): DocResult {
  const events = layers.events ?? [];
  const times = layers.times ?? [];
  const preds: PredMention[] = [];
  for (const e of events)
    for (const m of e.mentions) if (m.start < doc.regionEnd) preds.push({ ...m, event: e });
  const gold = doc.events;
  // one-to-one matching, exact spans first
  const match = new Map<GoldEvent, PredMention>();
  const used = new Set<PredMention>();
  for (const pass of ['exact', 'overlap'] as const) {
    for (const g of gold) {
      if (match.has(g)) continue;
      const p = preds.find(
        (x) =>
          !used.has(x) &&
          (pass === 'exact'
            ? x.start === g.start && x.end === g.end
            : g.parts.some((part) => overlaps(part, x))),
      );
      if (p) {
        match.set(g, p);
        used.add(p);
      }
    }
  }
  const strictTp = [...match].filter(([g, p]) => g.start === p.start && g.end === p.end).length;
  const byClass = new Map<string, { tp: number; gold: number }>();
  for (const g of gold) {
    const c = byClass.get(g.cls || '?') ?? { tp: 0, gold: 0 };
    c.gold++;
    if (match.has(g)) c.tp++;
    byClass.set(g.cls || '?', c);
  }
  // participants
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  const participants: Counts = { tp: 0, pred: 0, gold: 0 };
  for (const [g, p] of match) {
    const goldArgs = doc.participants
      .filter((x) => x.event === g.id && (x.role === 'Arg0' || x.role === 'Arg1'))
      .flatMap((x) => {
        const e = entityById.get(x.entity);
        return e ? [{ role: x.role === 'Arg0' ? 'arg0' : 'arg1', start: e.start, end: e.end }] : [];
      });
    const predArgs = ((p.event.participants ?? []) as Participant[]).filter(
      (x) => x.mention === p.start,
    );
    participants.gold += goldArgs.length;
    participants.pred += predArgs.length;
    const taken = new Set<number>();
    for (const a of predArgs) {
      const k = goldArgs.findIndex((b, i) => !taken.has(i) && b.role === a.role && overlaps(a, b));
      if (k >= 0) {
        taken.add(k);
        participants.tp++;
      }
    }
  }
  // time anchors
  const timexById = new Map(doc.timexes.map((t) => [t.id, t]));
  const anchors = { correct: 0, total: 0, published: 0, publishedWrong: 0, beforeOnly: 0 };
  for (const [g, p] of match) {
    const links = doc.tlinks.flatMap((l) => {
      if (l.source === g.id && timexById.has(l.target)) return [{ timex: l.target, rel: l.rel }];
      if (l.target === g.id && timexById.has(l.source)) return [{ timex: l.source, rel: l.rel }];
      return [];
    });
    const anchoring = links.filter((l) => !NOT_ANCHORING.has(l.rel));
    const e = p.event;
    if (anchoring.length === 0) {
      if (links.length > 0) {
        anchors.beforeOnly++;
        if (e.timeSource === 'published') anchors.publishedWrong++;
      }
      continue;
    }
    anchors.total++;
    const ok = anchoring.some((l) => {
      const t = timexById.get(l.timex);
      if (!t) return false;
      if (t.creation) return e.timeSource === 'published';
      const mine = times.find((x: TimeExpr) => x.id === e.time);
      return !!mine && overlaps(mine, t);
    });
    if (ok) anchors.correct++;
    if (e.timeSource === 'published') anchors.published++;
  }
  return {
    mentions: { tp: match.size, pred: preds.length, gold: gold.length },
    strict: { tp: strictTp, pred: preds.length, gold: gold.length },
    participants,
    anchors,
    missed: gold.filter((g) => !match.has(g)).map((g) => g.text.toLowerCase()),
    spurious: preds.filter((p) => !used.has(p)).map((p) => p.text.toLowerCase()),
    byClass,
  };
}

function top(words: string[], n: number): string {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w, c]) => `${w} ${c}`)
    .join(', ');
}

/** Runs the default preset on every MEANTIME document under `dir` and adds up the scores. */
export function evaluate(dir: string = DIR) {
  const docs = readCatDir(dir);
  const pipeline = pipelineFor('default');
  const sum = {
    mentions: { tp: 0, pred: 0, gold: 0 },
    strict: { tp: 0, pred: 0, gold: 0 },
    participants: { tp: 0, pred: 0, gold: 0 },
  };
  const anchors = { correct: 0, total: 0, published: 0, publishedWrong: 0, beforeOnly: 0 };
  const missed: string[] = [];
  const spurious: string[] = [];
  const byClass = new Map<string, { tp: number; gold: number }>();
  const perDoc: { id: string; f: number }[] = [];
  for (const doc of docs) {
    const layers = pipeline.run({
      text: doc.text,
      published: doc.dct?.slice(0, 10) ?? null,
      title: null,
      outlet: null,
      language: 'en',
      layers: {},
    });
    const r = scoreDoc(doc, layers);
    for (const k of ['mentions', 'strict', 'participants'] as const) {
      sum[k].tp += r[k].tp;
      sum[k].pred += r[k].pred;
      sum[k].gold += r[k].gold;
    }
    for (const k of Object.keys(anchors) as (keyof typeof anchors)[]) anchors[k] += r.anchors[k];
    missed.push(...r.missed);
    spurious.push(...r.spurious);
    for (const [c, v] of r.byClass) {
      const acc = byClass.get(c) ?? { tp: 0, gold: 0 };
      acc.tp += v.tp;
      acc.gold += v.gold;
      byClass.set(c, acc);
    }
    perDoc.push({ id: doc.id, f: prf(r.mentions).f });
  }
  return { docs, pipeline, sum, anchors, missed, spurious, byClass, perDoc };
}

function reportEcbPlus(): void {
  if (process.env.ECBPLUS === '0') return;
  if (!existsSync(ECBPLUS)) {
    console.log(
      `\nECB+ skipped: ${ECBPLUS} not found (the shared datasets sit beside the repository)`,
    );
    return;
  }
  const devOnly = process.env.ECBPLUS === 'dev';
  const { dev, untuned, ms } = evaluateEcbPlus(
    ECBPLUS,
    pipelineFor('default'),
    devOnly ? (t) => DEV_TOPICS.has(t) : undefined,
  );
  console.log(
    `\nECB+ event mentions (gold ACTION_* / NEG_ACTION_* in the annotated sentences; ${(ms / 1000).toFixed(1)} s)\n`,
  );
  const row = (name: string, c: Counts, target: string) => {
    const { p, r, f } = prf(c);
    return `| ${name.padEnd(40)} | ${String(c.gold).padStart(5)} | ${String(c.pred).padStart(5)} | ${String(c.tp).padStart(5)} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${target.padEnd(7)} |`;
  };
  console.log(
    '| split                                    |  gold |  pred |    tp |     P |     R |    F1 | target  |',
  );
  console.log(
    '|------------------------------------------|-------|-------|-------|-------|-------|-------|---------|',
  );
  const splits: [string, EcbFigures][] = [[`dev topics (${dev.docs} docs)`, dev]];
  if (!devOnly) splits.push([`topics not tuned on (${untuned.docs} docs)`, untuned]);
  for (const [name, f] of splits) {
    console.log(row(`${name}, overlap`, f.mentions, 'F1≥0.70'));
    console.log(row(`${name}, strict`, f.strict, ''));
  }
  for (const [name, f] of splits) {
    console.log(`\n${name}: recall by ECB+ class`);
    for (const [c, v] of [...f.byClass].sort())
      console.log(
        `  ${c.padEnd(26)} ${v.tp}/${v.gold} = ${(v.gold ? v.tp / v.gold : 0).toFixed(3)}`,
      );
    console.log(`${name}: precision by sitrep type`);
    for (const [t, v] of [...f.byType].sort((a, b) => b[1].pred - a[1].pred))
      console.log(
        `  ${t.padEnd(26)} ${v.tp}/${v.pred} = ${(v.pred ? v.tp / v.pred : 0).toFixed(3)}`,
      );
  }
  // error lists from the dev topics only: rules are written from these, never from the others
  console.log(`\ndev: most missed gold mentions: ${top(dev.missed, 30)}`);
  console.log(`dev: most spurious predictions: ${top(dev.spurious, 30)}`);
}

function main(): void {
  if (!existsSync(DIR)) {
    console.log(
      `eval:events skipped: ${DIR} not found (the shared datasets sit beside the repository)`,
    );
    reportEcbPlus();
    return;
  }
  const t0 = performance.now();
  const { docs, pipeline, sum, anchors, missed, spurious, byClass, perDoc } = evaluate();
  const ms = performance.now() - t0;
  const row = (name: string, c: Counts, target: string) => {
    const { p, r, f } = prf(c);
    return `| ${name.padEnd(28)} | ${String(c.gold).padStart(5)} | ${String(c.pred).padStart(5)} | ${String(c.tp).padStart(5)} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${target.padEnd(7)} |`;
  };
  const acc = anchors.total ? anchors.correct / anchors.total : 0;
  console.log(
    `MEANTIME events (${docs.length} docs, ${(ms / 1000).toFixed(1)} s, stages: ${pipeline.stages.map((s) => s.name).join(', ')})\n`,
  );
  console.log(
    '| measure                      |  gold |  pred |    tp |     P |     R |    F1 | target  |',
  );
  console.log(
    '|------------------------------|-------|-------|-------|-------|-------|-------|---------|',
  );
  console.log(row('event mentions (overlap)', sum.mentions, 'F1≥0.70'));
  console.log(row('event mentions (strict)', sum.strict, ''));
  console.log(row('participants Arg0/Arg1', sum.participants, 'F1≥0.50'));
  console.log(`\n| time anchor | anchored gold events matched | correct | accuracy | target |`);
  console.log(`|-------------|------------------------------|---------|----------|--------|`);
  console.log(
    `| all         | ${String(anchors.total).padStart(28)} | ${String(anchors.correct).padStart(7)} | ${acc.toFixed(3).padStart(8)} | ≥0.60  |`,
  );
  console.log(
    `(matched events whose only gold links are BEFORE/AFTER: ${anchors.beforeOnly}; of those given the publication date: ${anchors.publishedWrong})`,
  );
  console.log('\nrecall by MEANTIME class:');
  for (const [c, v] of [...byClass].sort())
    console.log(`  ${c.padEnd(16)} ${v.tp}/${v.gold} = ${(v.gold ? v.tp / v.gold : 0).toFixed(3)}`);
  console.log(`\nmost missed gold mentions: ${top(missed, 25)}`);
  console.log(`most spurious predictions: ${top(spurious, 25)}`);
  console.log(
    `worst documents (F1): ${perDoc
      .sort((a, b) => a.f - b.f)
      .slice(0, 5)
      .map((d) => `${d.id} ${d.f.toFixed(2)}`)
      .join(', ')}`,
  );
  reportEcbPlus();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
