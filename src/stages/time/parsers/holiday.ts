/**
 * Named holidays: "Thanksgiving Day", "last Thanksgiving", "Election Day", "Christmas Eve",
 * "Easter week". The day comes from data/time/holidays.json (fixed dates, nth weekdays of a
 * month, Easter); the year from "last"/"next"/"this" or, failing those, the tense.
 */
import { HOLIDAYS, phrases } from '../lexicon.js';
import type { Parser } from '../types.js';
import { cand, isCap } from './util.js';

const FIRST_WORDS = phrases(HOLIDAYS.keys());
const DIRS: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['next', 1],
  ['this', 0],
]);

export const holidayParser: Parser = (w, i) => {
  const dir = DIRS.get(w[i]?.lower ?? '');
  const h = dir === undefined ? i : i + 1;
  const a = w[h];
  if (!a || !isCap(a)) return null;
  const list = FIRST_WORDS.get(a.lower);
  if (!list) return null;
  for (const parts of list) {
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) ok = w[h + k]?.lower === parts[k];
    if (!ok) continue;
    const e = h + parts.length;
    // "Christmas shopping", "Easter egg": a holiday name modifying a noun is no date
    const next = w[e];
    if (parts.length === 1 && next && next.sentence === a.sentence && next.pos === 'NOUN')
      return null;
    const name = parts.join(' ');
    return cand(i, e, 'holiday', 'DATE', {
      k: 'cal',
      y: null,
      m: null,
      d: null,
      dir: dir ?? null,
      holiday: name,
    });
  }
  return null;
};
