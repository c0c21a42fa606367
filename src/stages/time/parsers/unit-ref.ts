/**
 * A calendar unit named by reference: "the year", "the fiscal year", "the weekend" (the one
 * holding the DCT), "the year ended Sept. 30" (a twelve-month period), "that year", "that
 * same day" (the unit of the last mentioned time), "that night" (part of that day),
 * "year-end", "today is the eighth day of Desert Shield" (the publication day).
 */
import { DAY_PARTS, ORDINALS } from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
import { cand, readYear } from './util.js';

export const unitRefParser: Parser = (w, i) => {
  const a = w[i]?.lower;
  if (a === 'the') return nthDayNow(w, i) ?? theUnit(w, i);
  if (a === 'that') return thatUnit(w, i);
  if (a === 'year') return yearEnd(w, i);
  return null;
};

const THE_UNITS: ReadonlyMap<string, 'Y' | 'M' | 'W' | 'WE'> = new Map([
  ['year', 'Y'],
  ['month', 'M'],
  ['week', 'W'],
  ['weekend', 'WE'],
]);

/** words right before "the eighth day" that make it the day of speaking: "today is", "it's" */
const PRESENT_BE = new Set(['is', "'s"]);

/**
 * "today is the eighth day of Desert Shield", "It's the second day of an offensive": an
 * ordinal day of something under way, said in the present, is the publication day
 */
function nthDayNow(w: readonly Word[], i: number): Cand | null {
  const ord = ORDINALS.get(w[i + 1]?.lower ?? '');
  if (ord === undefined || ord < 1 || w[i + 2]?.lower !== 'day') return null;
  const be = w[i - 1];
  if (!be || be.sentence !== w[i]?.sentence || !PRESENT_BE.has(be.lower)) return null;
  return cand(i, i + 3, 'unit-ref#nth-day-now', 'DATE', {
    k: 'shift',
    unit: 'D',
    n: 0,
    from: 'dct',
  });
}

/** "the year", "the week", "the weekend", "the fiscal year", "the full year": the unit holding the DCT */
function theUnit(w: readonly Word[], i: number): Cand | null {
  let j = i + 1;
  const adj = w[j]?.lower;
  if (
    adj === 'fiscal' ||
    adj === 'full' ||
    adj === 'calendar' ||
    adj === 'entire' ||
    adj === 'whole'
  )
    j++;
  const unit = THE_UNITS.get(w[j]?.lower ?? '');
  if (unit === undefined) return null;
  const next = w[j + 1]?.lower;
  // "a high for the year of $42.875": the "of" starts the amount, not the year's name
  const amount =
    next === 'of' &&
    (w[j + 2]?.lower === '$' || w[j + 2]?.pos === 'NUM') &&
    readYear(w[j + 2]) === null;
  // "the year 2000", "the week of", "the month's", "the year-earlier": other parsers or not a date
  if (
    (next === 'of' && !amount) ||
    next === '-' ||
    next === "'s" ||
    next === 'before' ||
    next === 'after' ||
    /^\d/.test(next ?? '')
  )
    return null;
  // "the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month period
  // British "the year to March" is the same period
  if ((next === 'ended' || next === 'ending' || next === 'to') && unit !== 'WE') {
    return cand(i, j + 1, 'unit-ref#the-unit-ended', 'DURATION', {
      k: 'fixed',
      value: `P1${unit}`,
    });
  }
  if (unit === 'WE')
    return cand(i, j + 1, 'unit-ref#the-weekend', 'DATE', {
      k: 'shift',
      unit: 'WE',
      n: 0,
      from: 'dct',
    });
  return cand(i, j + 1, 'unit-ref#the-unit', 'DATE', { k: 'shift', unit, n: 0, from: 'dct' });
}

const THAT_UNITS: ReadonlyMap<string, 'Y' | 'M' | 'W' | 'D' | 'Q'> = new Map([
  ['year', 'Y'],
  ['month', 'M'],
  ['week', 'W'],
  ['day', 'D'],
  ['quarter', 'Q'],
]);

/** "that year", "that same day", "that quarter": the unit of the last mentioned time */
function thatUnit(w: readonly Word[], i: number): Cand | null {
  let j = i + 1;
  if (w[j]?.lower === 'same') j++;
  // "that night", "that same morning": that part of the day under discussion
  const part = DAY_PARTS.get(w[j]?.lower ?? '');
  if (part !== undefined && part.length === 3) {
    const sem = { k: 'shift', unit: 'D', n: 0, from: 'anchor' } as const;
    return cand(i, j + 1, 'unit-ref#that-part', 'TIME', sem, { part });
  }
  const unit = THAT_UNITS.get(w[j]?.lower ?? '');
  if (unit === undefined) return null;
  return cand(i, j + 1, 'unit-ref#that-unit', 'DATE', { k: 'shift', unit, n: 0, from: 'anchor' });
}

/** "year-end", "year end", "year's end": the end of the current year */
function yearEnd(w: readonly Word[], i: number): Cand | null {
  let j = i + 1;
  if (w[j]?.lower === '-' || w[j]?.lower === "'s") j++;
  if (w[j]?.lower !== 'end') return null;
  // "the percentage change is since year-end": the last year-end passed, the previous year's
  const n = w[i - 1]?.lower === 'since' ? -1 : 0;
  return cand(
    i,
    j + 1,
    'unit-ref#year-end',
    'DATE',
    { k: 'shift', unit: 'Y', n, from: 'dct' },
    { mod: 'END' },
  );
}
