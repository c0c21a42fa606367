/**
 * The reporting period of an earnings story: "Kimberly-Clark posted a gain in third-quarter
 * net income ... After a flat second quarter ... charges taken in the year-earlier period"
 * compares with the third quarter of 1988, the latest quarter the text names that had ended
 * by publication, not with the second quarter named in passing.
 */
import { fmtYear, type Day } from '../calendar.js';
import { RESULTS_NOUNS } from '../lexicon.js';
import type { Cand, Word } from '../types.js';
import type { Anchor } from './resolve.js';

/** a quarter (not a half) whose last month is before the publication month */
function endedQuarter(a: Anchor, dct: Day | null): boolean {
  if (!dct || a.gran !== 'Q' || !a.sub?.startsWith('Q')) return false;
  const lastMonth = Number(a.sub.slice(1)) * 3;
  return a.day.y < dct.y || (a.day.y === dct.y && lastMonth < dct.m);
}

function later(a: Anchor, than: Anchor | null): boolean {
  if (!than) return true;
  return a.day.y * 10 + Number(a.sub?.slice(1)) > than.day.y * 10 + Number(than.sub?.slice(1));
}

/**
 * "After a flat second quarter ... charges taken in the year-earlier period": a year-on-year
 * comparison refers to the reporting period, the latest quarter named that had ended by
 * publication, unless its own sentence names a quarter ("third-quarter profit ... a year
 * earlier"). Other expressions count from the last anchor.
 */
export function reportingAnchor(
  c: Cand,
  sentence: number,
  last: Anchor | null,
  reported: Anchor | null,
): Anchor | null {
  if (!reported || !last || last.gran !== 'Q' || last.sentence === sentence) return last;
  return /duration#|year-/.test(c.rule) ? reported : last;
}

/**
 * `a` is an ended quarter later than the reporting period found so far. A quarter closed by
 * "ended" ("its fourth quarter ended Sept. 30", "the fiscal first quarter ended Sept. 29")
 * has ended whatever its number: a fiscal quarter keeps the company's numbering.
 */
export function laterReported(
  a: Anchor,
  reported: Anchor | null,
  dct: Day | null,
  closed: boolean,
): boolean {
  if (closed && a.gran === 'Q' && a.sub?.startsWith('Q')) return true;
  return endedQuarter(a, dct) && later(a, reported);
}

/**
 * "its fourth quarter ended Sept. 30", "reported a decline in fourth-quarter earnings": a
 * quarter closed by "ended", or whose results a past-tense clause reports, has ended
 */
export function closedQuarter(words: readonly Word[], c: Cand, tense: number): boolean {
  const next = words[c.e]?.lower ?? '';
  return next === 'ended' || (tense < 0 && RESULTS_NOUNS.has(next));
}

/** "the quarter", "the latest period": the reporting period when the text has named one */
const THE_PERIOD = /quarter#(?:the-quarter|latest-period)$/;

export function reportedValue(c: Cand, reported: Anchor | null): string | null {
  if (!reported || !THE_PERIOD.test(c.rule)) return null;
  return `${fmtYear(reported.day.y)}-${reported.sub}`;
}
