/**
 * Seasons on their own or with a year: "summer", "the summer of 1998", "spring 2024".
 * "this summer" / "last fall" are read by the relative parser.
 */
import { SEASONS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { cand, isCap, readYear } from './util.js';

export const seasonParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const sub = SEASONS.get(a.lower);
  if (sub === undefined) return null;
  // "fall" the verb/noun: only with a year or after "the"/"in"
  let e = i + 1;
  if (w[e]?.lower === 'of' || w[e]?.lower === ',') e++;
  const y = readYear(w[e]);
  if (y !== null) return cand(i, e + 1, 'season', 'DATE', { k: 'cal', y, m: null, d: null, sub });
  if (a.lower === 'fall' || a.lower === 'spring') {
    const prev = w[i - 1]?.lower;
    if (prev !== 'the' && prev !== 'in' && prev !== 'this') return null;
    if (w[i + 1]?.pos === 'NOUN' || w[i + 1]?.lower === 'of') return null;
  }
  // "the winter of nineteen ninety-four": the spoken year is its own candidate, merged later
  if (w[i + 1]?.lower === 'of' && w[i + 2]?.lower !== 'nineteen') return null;
  // "a winter sale", "summer holidays": a season word modifying a noun is no date of its own,
  // nor one inside a name ("the 2022 Winter Paralympics", "Summer Olympics")
  const next = w[i + 1];
  const named = isCap(a) && isCap(next) && next?.pos === 'PROPN';
  if (
    next &&
    next.sentence === a.sentence &&
    (next.pos === 'NOUN' || named) &&
    w[i - 1]?.lower !== 'this'
  )
    return null;
  return cand(i, i + 1, 'season', 'DATE', { k: 'cal', y: null, m: null, d: null, sub });
};
