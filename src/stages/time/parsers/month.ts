/**
 * Named-month dates: "Nov. 12, 1998", "Nov. 12", "12 November 1998", "November 2024",
 * "July of 1997", "November". Days that do not exist ("February 30") reject the whole
 * expression rather than rolling over. "may" the verb and "march" the noun are not months.
 */
import { AMBIGUOUS_MONTHS, MONTHS } from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
import { cand, daysIn, isCap, readDay, readYear } from './util.js';

/** words before "May"/"March" that leave no room for the modal or the noun */
const MONTH_LEADS = new Set([
  'in',
  'since',
  'until',
  'till',
  'from',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'of',
  'through',
]);

/** month number of w[i] if it may be read as a month here */
export function monthAt(w: readonly Word[], i: number): number | null {
  const a = w[i];
  if (!a) return null;
  const m = MONTHS.get(a.lower);
  if (m === undefined || !isCap(a)) return null;
  // "Jan Kavan": an abbreviation without its period needs a day or a year beside it
  if (a.lower.length === 3 && a.lower !== 'may') {
    const next = w[i + 1];
    if (readDay(next) === null && readYear(next) === null && readYear(w[i + 2]) === null)
      return null;
  }
  // "the March for Life", "the March of the Combatant Mothers": a march named after its cause
  if (a.lower === 'march') {
    const next = w[i + 1]?.lower;
    const name = w[i + 2]?.lower === 'the' ? w[i + 3] : w[i + 2];
    if ((next === 'for' || next === 'of') && isCap(name) && readYear(name) === null) return null;
  }
  if (AMBIGUOUS_MONTHS.has(a.lower)) {
    const next = w[i + 1];
    const dated = readDay(next) !== null || readYear(next) !== null || readYear(w[i + 2]) !== null;
    // "disclosed in May that", "since May": after a preposition of time only the month fits
    const prev = w[i - 1];
    const timed = !!prev && prev.sentence === a.sentence && MONTH_LEADS.has(prev.lower);
    if (!dated && !timed) {
      if (a.pos === 'AUX' || a.pos === 'VERB') return null;
      // sentence-initial "May" is the modal more often than the month
      if (a.lower === 'may' && (!prev || prev.sentence !== a.sentence)) return null;
      if (
        a.lower === 'may' &&
        next &&
        (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PRON' || next.pos === 'DET')
      )
        return null;
    }
  }
  return m;
}

export const monthParser: Parser = (w, i) => {
  // day-first: 12 November 1998, 12th of November
  const dayFirst = readDay(w[i]);
  if (dayFirst !== null) {
    let j = i + 1;
    if (w[j]?.lower === 'of') j++;
    const m = monthAt(w, j);
    if (m === null) return secondDay(w, i) ?? firstDay(w, i);
    return withYear(w, i, j + 1, m, dayFirst, 'day-month');
  }
  const m = monthAt(w, i);
  if (m === null) return null;
  let j = i + 1;
  const d = readDay(w[j]);
  // "Nov. 12" but not "November 1998" read as a day, nor "May 5 percent"
  if (d !== null && !(w[j]?.lower.length === 4)) {
    return withYear(w, i, j + 1, m, d, 'month-day');
  }
  if (w[j]?.lower === 'of' || w[j]?.lower === ',') j++;
  const y = readYear(w[j]);
  if (y !== null) return cand(i, j + 1, 'month', 'DATE', { k: 'cal', y, m, d: null });
  return cand(i, i + 1, 'month', 'DATE', { k: 'cal', y: null, m, d: null });
};

/** links between the two days of "April 24 and 25", "March 28-30", "from May 3 to 5" */
const DAY_LINKS = new Set(['and', 'or', '-', '–', 'to', 'through', 'until']);

/**
 * "April 24 and 25", "March 28-30": the second day of a pair or range takes the first one's
 * month (TimeML: two dates)
 */
function secondDay(w: readonly Word[], i: number): Cand | null {
  const d = readDay(w[i]);
  const link = w[i - 1]?.lower;
  if (d === null || link === undefined || !DAY_LINKS.has(link)) return null;
  if (readDay(w[i - 2]) === null) return null;
  const m = monthAt(w, i - 3);
  const next = w[i + 1];
  if (m === null || (next && next.sentence === w[i]?.sentence && next.pos !== 'PUNCT')) return null;
  return withYear(w, i, i + 1, m, d, 'month-day#second');
}

/**
 * "11-17 June 2022", "5 and 6 May": the first day of a day-first pair or range takes the month
 * (and year) written after the second day
 */
function firstDay(w: readonly Word[], i: number): Cand | null {
  const d = readDay(w[i]);
  const link = w[i + 1]?.lower;
  if (d === null || link === undefined || !DAY_LINKS.has(link)) return null;
  if (readDay(w[i + 2]) === null) return null;
  const m = monthAt(w, i + 3);
  if (m === null) return null;
  let j = i + 4;
  if (w[j]?.lower === ',') j++;
  const y = readYear(w[j]);
  if (d > daysIn(y, m)) return null;
  return cand(i, i + 1, 'day-month#first', 'DATE', { k: 'cal', y, m, d });
}

function withYear(
  w: readonly Word[],
  s: number,
  e: number,
  m: number,
  d: number,
  rule: string,
): Cand | null {
  let j = e;
  if (w[j]?.lower === ',') j++;
  const y = readYear(w[j]);
  if (d > daysIn(y, m)) return null;
  if (y !== null) return cand(s, j + 1, rule, 'DATE', { k: 'cal', y, m, d });
  return cand(s, e, rule, 'DATE', { k: 'cal', y: null, m, d });
}
