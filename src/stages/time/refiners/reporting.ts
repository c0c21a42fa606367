/**
 * The reporting period of an earnings story: "Kimberly-Clark posted a gain in third-quarter
 * net income ... After a flat second quarter ... charges taken in the year-earlier period"
 * compares with the third quarter of 1988, the latest quarter the text names that had ended
 * by publication, not with the second quarter named in passing.
 */
import type { Day } from '../calendar.js';
import type { Cand } from '../types.js';
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

/** `a` is an ended quarter later than the reporting period found so far */
export function laterReported(a: Anchor, reported: Anchor | null, dct: Day | null): boolean {
  return endedQuarter(a, dct) && later(a, reported);
}
