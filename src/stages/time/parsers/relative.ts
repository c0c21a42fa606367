/**
 * Deictic expressions: "today", "yesterday morning", "last year", "this week", "next month",
 * "last November", "last Friday", "this summer", "last night", "the previous day",
 * "now", "the future", "at the moment" (data/time/relative.json).
 */
import {
  CARDINALS,
  UNITS,
  VAGUE,
  DAY_PARTS,
  DAYS,
  DIRECTION,
  FIXED,
  MONTHS,
  SEASONS,
  WEEKDAYS,
  phrases,
  unitOf,
} from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
import { cand, isCap, readDay } from './util.js';

const FIXED_PHRASES = phrases(FIXED.keys());

/** "as soon as", "soon after": conjunctions, not times */
function idiom(w: readonly Word[], i: number): boolean {
  const a = w[i]?.lower;
  if (a === 'the') {
    // "the past three months", "the past year": a directed unit, not "the past"
    const c = w[i + 2]?.lower ?? '';
    return UNITS.has(c) || CARDINALS.has(c) || VAGUE.has(c) || /^\d/.test(c);
  }
  if (a === 'soon')
    return w[i - 1]?.lower === 'as' || w[i + 1]?.lower === 'as' || w[i + 1]?.lower === 'after';
  return false;
}

function fixedAt(w: readonly Word[], i: number): Cand | null {
  if (idiom(w, i)) return null;
  const list = FIXED_PHRASES.get(w[i]?.lower ?? '');
  if (!list) return null;
  for (const parts of list) {
    if (parts.every((p, k) => w[i + k]?.lower === p)) {
      const entry = FIXED.get(parts.join(' '));
      if (!entry) continue;
      const e = i + parts.length;
      return cand(i, e, `relative#${parts.join('-')}`, entry.type === 'TIME' ? 'TIME' : 'DATE', {
        k: 'fixed',
        value: entry.value,
      });
    }
  }
  return null;
}

export const relativeParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const day = DAYS.get(a.lower);
  if (day) {
    const p = DAY_PARTS.get(w[i + 1]?.lower ?? '');
    if (day.part === undefined && p !== undefined && p.length === 3) {
      return cand(
        i,
        i + 2,
        'relative#day-part',
        'TIME',
        { k: 'shift', unit: 'D', n: day.shift, from: 'dct' },
        { part: p },
      );
    }
    if (a.lower === 'overnight' && a.pos !== 'ADV' && a.pos !== 'ADJ') return null;
    return cand(
      i,
      i + 1,
      `relative#${a.lower}`,
      day.part ? 'TIME' : 'DATE',
      { k: 'shift', unit: 'D', n: day.shift, from: 'dct' },
      { part: day.part ?? null },
    );
  }
  // "this coming Sunday", "this past weekend"
  if (a.lower === 'this' && (w[i + 1]?.lower === 'coming' || w[i + 1]?.lower === 'past')) {
    const inner = directed(w, i + 1, w[i + 1]?.lower === 'coming' ? 1 : -1);
    if (inner) return { ...inner, s: i };
  }
  const dir = DIRECTION.get(a.lower);
  if (dir) {
    const r = directed(w, i, dir.dir);
    if (r) return r;
  }
  if (a.lower === 'the') return theUnit(w, i) ?? fixedAt(w, i);
  if (a.lower === 'that') return thatUnit(w, i);
  if (a.lower === 'year') return yearEnd(w, i);
  return fixedAt(w, i);
};

const THE_UNITS: ReadonlyMap<string, 'Y' | 'M' | 'W' | 'WE'> = new Map([
  ['year', 'Y'],
  ['month', 'M'],
  ['week', 'W'],
  ['weekend', 'WE'],
]);

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
  // "the year 2000", "the week of", "the month's", "the year-earlier": other parsers or not a date
  if (
    next === 'of' ||
    next === '-' ||
    next === "'s" ||
    next === 'before' ||
    next === 'after' ||
    /^\d/.test(next ?? '')
  )
    return null;
  // "the year ended Sept. 30", "the fiscal year ending June 30": a twelve-month period
  if ((next === 'ended' || next === 'ending') && unit !== 'WE') {
    return cand(i, j + 1, 'relative#the-unit-ended', 'DURATION', {
      k: 'fixed',
      value: `P1${unit}`,
    });
  }
  if (unit === 'WE')
    return cand(i, j + 1, 'relative#the-weekend', 'DATE', {
      k: 'shift',
      unit: 'WE',
      n: 0,
      from: 'dct',
    });
  return cand(i, j + 1, 'relative#the-unit', 'DATE', { k: 'shift', unit, n: 0, from: 'dct' });
}

/** last|this|next|previous|following ... + unit, month, weekday, season, part of day */
function directed(w: readonly Word[], i: number, dir: number): Cand | null {
  const a = w[i];
  const b = w[i + 1];
  if (!a || !b) return null;
  const anchored = a.lower === 'following' || a.lower === 'previous' || a.lower === 'preceding';
  const from = anchored ? 'anchor' : 'dct';
  const unit = unitOf(b.lower);
  // "This Week" mid-sentence is a title (a TV programme), not a time
  const title =
    isCap(a) && isCap(b) && w[i - 1]?.sentence === a.sentence && w[i - 1]?.lower !== '``';
  if (unit !== null && !b.lower.endsWith('s') && !title) {
    return cand(i, i + 2, 'relative#unit', 'DATE', { k: 'shift', unit, n: dir, from });
  }
  if (b.lower === 'weekend') {
    return cand(i, i + 2, 'relative#weekend', 'DATE', { k: 'shift', unit: 'WE', n: dir, from });
  }
  const m = MONTHS.get(b.lower);
  if (m !== undefined && b.text[0] !== b.lower[0] && readDay(w[i + 2]) === null) {
    return cand(i, i + 2, 'relative#month', 'DATE', {
      k: 'cal',
      y: null,
      m,
      d: null,
      dir: dir === 0 ? 0 : dir,
    });
  }
  const wd = WEEKDAYS.get(b.lower);
  if (wd !== undefined && b.text[0] !== b.lower[0]) {
    return cand(i, i + 2, 'relative#weekday', 'DATE', { k: 'weekday', wd, dir });
  }
  const season = SEASONS.get(b.lower);
  if (season !== undefined) {
    return cand(i, i + 2, 'relative#season', 'DATE', {
      k: 'cal',
      y: null,
      m: null,
      d: null,
      sub: season,
      dir,
    });
  }
  const part = DAY_PARTS.get(b.lower);
  if (part !== undefined && part.length === 3 && (a.lower === 'this' || a.lower === 'last')) {
    // this morning: today; last night: yesterday
    const n = a.lower === 'last' ? -1 : 0;
    return cand(
      i,
      i + 2,
      'relative#day-part',
      'TIME',
      { k: 'shift', unit: 'D', n, from: 'dct' },
      { part },
    );
  }
  return null;
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
  const unit = THAT_UNITS.get(w[j]?.lower ?? '');
  if (unit === undefined) return null;
  return cand(i, j + 1, 'relative#that-unit', 'DATE', { k: 'shift', unit, n: 0, from: 'anchor' });
}

/** "year-end", "year end", "year's end": the end of the current year */
function yearEnd(w: readonly Word[], i: number): Cand | null {
  let j = i + 1;
  if (w[j]?.lower === '-' || w[j]?.lower === "'s") j++;
  if (w[j]?.lower !== 'end') return null;
  return cand(
    i,
    j + 1,
    'relative#year-end',
    'DATE',
    { k: 'shift', unit: 'Y', n: 0, from: 'dct' },
    { mod: 'END' },
  );
}
