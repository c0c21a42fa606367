/**
 * Business quarters and halves: "the third quarter", "third-quarter", "the fiscal first
 * quarter", "the first half of 1999", "the quarter" (the last reported one), "the latest
 * quarter", and the year-on-year phrases "year-earlier", "the year-ago quarter".
 */
import { ORDINALS, UNITS } from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
import { cand, readNumber, readYear } from './util.js';

const SUB = new Map([
  ['quarter', 'Q'],
  ['half', 'H'],
]);

/** words after a quarter that put it a year back: "the quarter a year ago", "the period last year" */
function yearBack(w: readonly Word[], e: number): number {
  const a = w[e]?.lower;
  if (a === 'last' && w[e + 1]?.lower === 'year') return e + 2;
  if (a === 'a' && w[e + 1]?.lower === 'year') {
    const b = w[e + 2]?.lower;
    if (b === 'ago' || b === 'earlier' || b === 'before') return e + 3;
  }
  return -1;
}

const REPORTED = new Set(['quarter', 'period']);
const SAME = new Set(['same', 'corresponding', 'comparable', 'year-ago']);

/** the reported quarter a year back, as "the year-ago quarter" */
const yearAgoQuarter = (s: number, e: number): Cand =>
  cand(s, e, 'quarter#year-ago-quarter', 'DATE', {
    k: 'shift',
    unit: 'Y',
    n: -1,
    from: 'dct',
    gran: null,
  });

export const quarterParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  // "last year's quarter", "last year's period"
  if (
    a.lower === 'last' &&
    w[i + 1]?.lower === 'year' &&
    w[i + 2]?.lower === "'s" &&
    REPORTED.has(w[i + 3]?.lower ?? '')
  )
    return yearAgoQuarter(i, i + 4);
  // "the corresponding period last year", "the same quarter a year ago", "the quarter a year ago"
  if (REPORTED.has(a.lower)) {
    const e = yearBack(w, i + 1);
    const prev = w[i - 1]?.lower ?? '';
    if (e > 0 && (prev === 'the' || SAME.has(prev)))
      return yearAgoQuarter(SAME.has(prev) ? i - 1 : i, e);
  }
  // year-earlier / year-ago (+ quarter / period)
  if (a.lower === 'year' && w[i + 1]?.lower === '-') {
    const b = w[i + 2]?.lower;
    if (b === 'earlier' || b === 'ago') {
      let e = i + 3;
      // "the year-earlier nine months": a period counted in the text is that duration
      const count = readNumber(w, e);
      if (count && UNITS.has(w[count.e]?.lower ?? '')) return null;
      const noun = w[e]?.lower;
      const reported = noun === 'quarter' || noun === 'period';
      if (reported) e += 1;
      // "the year-ago quarter": a quarter, a year before the last reported one (-quarter).
      // "year-earlier" and "year-ago" count back from the reporting period (the quarter under
      // discussion, else the publication year), not from a past year mentioned before them:
      // "Last year losses were $5 million ... The year-earlier results" = last year's
      return cand(i, e, `quarter#year-${b}${reported ? '-quarter' : ''}`, 'DATE', {
        k: 'shift',
        unit: 'Y',
        n: -1,
        from: 'dct',
        gran: null,
      });
    }
    return null;
  }
  let j = i;
  if (a.lower === 'fiscal') j++;
  const ord = ORDINALS.get(w[j]?.lower ?? '');
  if (ord !== undefined) {
    let k = j + 1;
    if (w[k]?.lower === '-') k++;
    const sub = SUB.get(w[k]?.lower ?? '');
    if (sub === undefined) return null;
    const n = ord === -1 ? (sub === 'Q' ? 4 : 2) : ord;
    if ((sub === 'Q' && n > 4) || (sub === 'H' && n > 2)) return null;
    if (sub === 'H' && w[k + 1]?.lower !== 'of' && !/^(?:19|20)\d\d$/.test(w[k + 2]?.lower ?? '')) {
      // "the first half" only as a date when a year follows or the context is financial: keep
      if (j === i && w[i - 1]?.lower !== 'the' && w[i - 1]?.lower !== 'fiscal') return null;
    }
    let e = k + 1;
    let y: number | null = null;
    if (w[e]?.lower === 'of' || w[e]?.lower === ',') {
      const f = w[e + 1]?.lower === 'fiscal' ? e + 2 : e + 1;
      y = readYear(w[f]);
      if (y !== null) e = f + 1;
    }
    const code = `${sub}${n}`;
    if (y !== null)
      return cand(i, e, 'quarter', 'DATE', { k: 'cal', y, m: null, d: null, sub: code });
    return cand(i, e, 'quarter', 'DATE', { k: 'sub', sub: code, n: null });
  }
  // "the latest period": the last reported quarter
  if (a.lower === 'period' && w[i - 1]?.lower === 'latest') {
    return cand(i - 1, i + 1, 'quarter#latest-period', 'DATE', {
      k: 'shift',
      unit: 'Q',
      n: -1,
      from: 'dct',
    });
  }
  if (a.lower === 'quarter' && (w[i - 1]?.lower === 'the' || w[i - 1]?.lower === 'latest')) {
    const next = w[i + 1]?.lower;
    if (next === 'of' || next === 'century' || next === 'mile' || next === '-') return null;
    const s = w[i - 1]?.lower === 'latest' ? i - 1 : i;
    return cand(s, i + 1, 'quarter#the-quarter', 'DATE', {
      k: 'shift',
      unit: 'Q',
      n: -1,
      from: 'dct',
    });
  }
  return null;
};
