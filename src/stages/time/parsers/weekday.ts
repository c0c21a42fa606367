/**
 * Weekdays: "Friday", "Friday night", "Wednesday morning"; plural ones ("Mondays", "Tuesday
 * nights") recur (SET). The direction (the Friday before
 * or after publication) is left to the resolver, which reads tense; "last Friday" is read by
 * the relative parser.
 */
import { DAY_PARTS, MONTHS, WEEKDAYS } from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
import { cand, isCap } from './util.js';

/** "nights" -> night: a plural part of day makes the weekday a recurrence */
function pluralPart(word: string | undefined): string | null {
  if (!word || !word.endsWith('s')) return null;
  const part = DAY_PARTS.get(word.slice(0, -1));
  return part !== undefined && part.length === 3 ? part : null;
}

/** "Mondays", "Tuesday nights", "Monday and Tuesday nights": every such day (TIMEX3 SET) */
function recurrence(w: readonly Word[], i: number): Cand | null {
  const a = w[i];
  if (!a) return null;
  const plural = a.lower.endsWith('s') ? WEEKDAYS.get(a.lower.slice(0, -1)) : undefined;
  if (plural !== undefined)
    return cand(i, i + 1, 'weekday#every', 'SET', { k: 'fixed', value: `XXXX-WXX-${plural}` });
  const wd = WEEKDAYS.get(a.lower);
  if (wd === undefined) return null;
  const own = pluralPart(w[i + 1]?.lower);
  if (own)
    return cand(i, i + 2, 'weekday#every', 'SET', { k: 'fixed', value: `XXXX-WXX-${wd}${own}` });
  // "Monday and Tuesday nights": the part after the second day belongs to both
  const link = w[i + 1]?.lower;
  if ((link === 'and' || link === 'or') && WEEKDAYS.has(w[i + 2]?.lower ?? '')) {
    const shared = pluralPart(w[i + 3]?.lower);
    if (shared)
      return cand(i, i + 1, 'weekday#every', 'SET', {
        k: 'fixed',
        value: `XXXX-WXX-${wd}${shared}`,
      });
  }
  return null;
}

export const weekdayParser: Parser = (w, i) => {
  const a = w[i];
  if (!a || !isCap(a)) return null;
  const every = recurrence(w, i);
  if (every) return every;
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
