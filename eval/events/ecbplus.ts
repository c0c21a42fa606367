/**
 * Event mentions on ECB+ (../shared/datasets/ecbplus-dev, read by eval/corpus/ecbplus/read.ts):
 * gold = ACTION_* and NEG_ACTION_* markables in the sentences listed in
 * ECBplus_coreference_sentences.csv; predicted = every mention (typed or "other") of every event
 * whose trigger starts in one of those sentences. A prediction matches a gold mention when their
 * character spans overlap (one-to-one, exact spans first), as for MEANTIME.
 *
 * ECB+ types its actions by class only (occurrence, reporting, state, aspectual, perception,
 * causative, generic, and their negations): recall is reported per gold class, precision per
 * sitrep type (how many predicted mentions of each taxonomy type are gold actions).
 *
 * Splits: the conventional dev topics (2, 5, 12, 18, 21, 23, 34, 35) are where the event rules
 * may be developed; every other topic is reported as not tuned on.
 */
import type { Layers } from '../../src/core/record.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import { readEcbPlus, type EcbDoc, type GoldMention } from '../corpus/ecbplus/read.js';

export const DEV_TOPICS = new Set([2, 5, 12, 18, 21, 23, 34, 35]);

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export interface EcbFigures {
  docs: number;
  mentions: Counts;
  strict: Counts;
  /** gold class -> matched / gold */
  byClass: Map<string, { tp: number; gold: number }>;
  /** sitrep type -> matched / predicted */
  byType: Map<string, { tp: number; pred: number }>;
  missed: string[];
  spurious: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function emptyFigures(): EcbFigures {
  return {
    docs: 0,
    mentions: { tp: 0, pred: 0, gold: 0 },
    strict: { tp: 0, pred: 0, gold: 0 },
    byClass: new Map(),
    byType: new Map(),
    missed: [],
    spurious: [],
  };
}

/** Scores one document's events against its gold action mentions, adding into `into`. */
export function scoreEcbDoc(doc: EcbDoc, layers: Partial<Layers>, into: EcbFigures): void {
  // sentence of a character offset, from the CAT tokens
  const tokens = doc.cat.tokens;
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid];
      if (!t) break;
      if (t.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? (tokens[found]?.sentence ?? -1) : -1;
  };
  const preds: { start: number; end: number; text: string; type: string }[] = [];
  for (const e of layers.events ?? [])
    for (const m of e.mentions)
      if (doc.annotated.has(sentenceAt(m.start))) preds.push({ ...m, type: e.type });
  const gold = doc.mentions;
  const match = new Map<GoldMention, (typeof preds)[number]>();
  const used = new Set<(typeof preds)[number]>();
  for (const pass of ['exact', 'overlap'] as const) {
    for (const g of gold) {
      if (match.has(g)) continue;
      const p = preds.find(
        (x) =>
          !used.has(x) &&
          (pass === 'exact'
            ? x.start === g.start && x.end === g.end
            : g.tokens.some((t) => overlaps(t, x))),
      );
      if (p) {
        match.set(g, p);
        used.add(p);
      }
    }
  }
  into.docs++;
  into.mentions.tp += match.size;
  into.mentions.pred += preds.length;
  into.mentions.gold += gold.length;
  into.strict.tp += [...match].filter(([g, p]) => g.start === p.start && g.end === p.end).length;
  into.strict.pred += preds.length;
  into.strict.gold += gold.length;
  for (const g of gold) {
    const c = into.byClass.get(g.tag) ?? { tp: 0, gold: 0 };
    c.gold++;
    if (match.has(g)) c.tp++;
    into.byClass.set(g.tag, c);
  }
  for (const p of preds) {
    const c = into.byType.get(p.type) ?? { tp: 0, pred: 0 };
    c.pred++;
    if (used.has(p)) c.tp++;
    into.byType.set(p.type, c);
  }
  for (const g of gold) if (!match.has(g)) into.missed.push(g.text.toLowerCase());
  for (const p of preds) if (!used.has(p)) into.spurious.push(`${p.text.toLowerCase()}`);
}

/** Runs `pipeline` over every ECB+ document in `dir`; figures for the dev topics and the rest. */
export function evaluateEcbPlus(
  dir: string,
  pipeline: Pipeline,
  only?: (topic: number) => boolean,
): { dev: EcbFigures; untuned: EcbFigures; ms: number } {
  const t0 = performance.now();
  const dev = emptyFigures();
  const untuned = emptyFigures();
  for (const doc of readEcbPlus(dir)) {
    if (only && !only(doc.topic)) continue;
    const layers = pipeline.run({
      text: doc.text,
      published: null,
      title: null,
      outlet: null,
      language: 'en',
      layers: {},
    });
    scoreEcbDoc(doc, layers, DEV_TOPICS.has(doc.topic) ? dev : untuned);
  }
  return { dev, untuned, ms: performance.now() - t0 };
}
