/**
 * Weekdays: "Friday", "Friday night", "Wednesday morning". The direction (the Friday before
 * or after publication) is left to the resolver, which reads tense; "last Friday" is read by
 * the relative parser.
 */
import { DAY_PARTS, MONTHS, WEEKDAYS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { cand, isCap } from './util.js';

export const weekdayParser: Parser = (w, i) => {
  const a = w[i];
  if (!a || !isCap(a)) return null;
  const wd = WEEKDAYS.get(a.lower);
  if (wd === undefined) return null;
  // "The Sunday Telegraph", "Sunday Times": a weekday before a capitalised name is part of it
  const next = w[i + 1];
  if (
    next &&
    next.sentence === a.sentence &&
    isCap(next) &&
    !MONTHS.has(next.lower) &&
    next.pos === 'PROPN'
  )
    return null;
  // "Sun." is also the newspaper; abbreviations need a following date or comma
  if (a.lower.endsWith('.') && w[i + 1]?.lower !== ',') return null;
  const part = DAY_PARTS.get(w[i + 1]?.lower ?? '');
  if (part !== undefined && part.length === 3) {
    return cand(i, i + 2, 'weekday-part', 'TIME', { k: 'weekday', wd, dir: null }, { part });
  }
  return cand(i, i + 1, 'weekday', 'DATE', { k: 'weekday', wd, dir: null });
};
