/**
 * Span scoring for quantities. Predictions and gold spans are matched one to one: exact
 * matches first, then by largest character overlap. A prediction that overlaps only
 * "don't care" gold spans is ignored (neither true nor false positive). Value accuracy is
 * measured on overlap-matched pairs whose gold span yields a reference value
 * (gold-value.ts): a single value must equal the prediction's `value`, a range must equal
 * its `low` and `high`.
 */
import type { Quantity } from '../../src/core/record.js';
import type { GoldDoc, GoldSpan } from './datasets.js';
import { goldValue, sameNumber } from './gold-value.js';

export interface Miss {
  doc: string;
  kind: 'missed' | 'spurious' | 'boundary' | 'value';
  gold: string | null;
  pred: string | null;
  context: string;
  detail?: string;
}

export interface Score {
  docs: number;
  gold: number;
  dontCare: number;
  pred: number;
  ignored: number;
  /** predictions outside the annotated part of a text, not scored */
  unannotated: number;
  exact: number;
  /** exact matches when a prediction's hedge-inclusive span (approxSpan) also counts */
  exactEither: number;
  overlap: number;
  valued: number;
  valueOk: number;
  noGoldValue: number;
  misses: Miss[];
}

export function emptyScore(): Score {
  return {
    docs: 0,
    gold: 0,
    dontCare: 0,
    pred: 0,
    ignored: 0,
    unannotated: 0,
    exact: 0,
    exactEither: 0,
    overlap: 0,
    valued: 0,
    valueOk: 0,
    noGoldValue: 0,
    misses: [],
  };
}

const overlapLen = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function context(text: string, start: number, end: number): string {
  const s = Math.max(0, start - 40);
  return `${text.slice(s, start)}[[${text.slice(start, end)}]]${text.slice(end, end + 40)}`.replace(
    /\s+/g,
    ' ',
  );
}

function valueMatches(q: Quantity, g: GoldSpan): boolean | null {
  const ref = goldValue(g.text);
  if (ref === null) return null;
  if ('value' in ref)
    return q.low === null || q.high === null || q.value !== null
      ? sameNumber(q.value, ref.value)
      : false;
  return q.value === null && sameNumber(q.low, ref.low) && sameNumber(q.high, ref.high);
}

export function scoreDoc(doc: GoldDoc, all: readonly Quantity[], s: Score): void {
  s.docs++;
  const preds = all.filter((p) => p.start < doc.annotatedEnd);
  s.unannotated += all.length - preds.length;
  const required = doc.gold.filter((g) => g.required);
  const optional = doc.gold.filter((g) => !g.required);
  s.gold += required.length;
  s.dontCare += optional.length;
  const goldTaken = new Set<GoldSpan>();
  const predTaken = new Set<Quantity>();
  const pairs: [Quantity, GoldSpan][] = [];
  for (const p of preds) {
    const g = required.find((x) => !goldTaken.has(x) && x.start === p.start && x.end === p.end);
    if (g) {
      goldTaken.add(g);
      predTaken.add(p);
      pairs.push([p, g]);
      s.exact++;
    }
  }
  const candidates: [number, Quantity, GoldSpan][] = [];
  for (const p of preds) {
    if (predTaken.has(p)) continue;
    for (const g of required)
      if (!goldTaken.has(g) && overlapLen(p, g) > 0) candidates.push([overlapLen(p, g), p, g]);
  }
  candidates.sort((a, b) => b[0] - a[0]);
  for (const [, p, g] of candidates) {
    if (predTaken.has(p) || goldTaken.has(g)) continue;
    predTaken.add(p);
    goldTaken.add(g);
    pairs.push([p, g]);
    s.misses.push({
      doc: doc.id,
      kind: 'boundary',
      gold: g.text,
      pred: p.text,
      context: context(doc.text, g.start, g.end),
    });
  }
  s.overlap += pairs.length;
  for (const [p, g] of pairs) {
    const a = p.approxSpan as { start: number; end: number } | null | undefined;
    if ((p.start === g.start && p.end === g.end) || (a && a.start === g.start && a.end === g.end))
      s.exactEither++;
  }
  for (const p of preds) {
    s.pred++;
    if (predTaken.has(p)) continue;
    if (optional.some((g) => overlapLen(p, g) > 0)) {
      s.ignored++;
      continue;
    }
    s.misses.push({
      doc: doc.id,
      kind: 'spurious',
      gold: null,
      pred: p.text,
      context: context(doc.text, p.start, p.end),
      detail: p.rule,
    });
  }
  for (const g of required) {
    if (!goldTaken.has(g))
      s.misses.push({
        doc: doc.id,
        kind: 'missed',
        gold: g.text,
        pred: null,
        context: context(doc.text, g.start, g.end),
        detail: g.type,
      });
  }
  for (const [p, g] of pairs) {
    const ok = valueMatches(p, g);
    if (ok === null) {
      s.noGoldValue++;
      continue;
    }
    s.valued++;
    if (ok) s.valueOk++;
    else {
      const ref = goldValue(g.text);
      s.misses.push({
        doc: doc.id,
        kind: 'value',
        gold: g.text,
        pred: p.text,
        context: context(doc.text, g.start, g.end),
        detail: `gold ${JSON.stringify(ref)} got value=${p.value} low=${p.low} high=${p.high}`,
      });
    }
  }
}

export function prf(tp: number, pred: number, gold: number): { p: number; r: number; f: number } {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function merge(a: Score, b: Score): Score {
  const out = emptyScore();
  for (const k of Object.keys(out) as (keyof Score)[]) {
    if (k === 'misses') out.misses = [...a.misses, ...b.misses];
    else out[k] = (a[k] as number) + (b[k] as number);
  }
  return out;
}
