/**
 * Deictic expressions: "today", "yesterday morning", "last year", "this week", "next month",
 * "last November", "last Friday", "this summer", "last night", "the previous day"
 * (data/time/relative.json).
 */
import { DAY_PARTS, DAYS, DIRECTION, MONTHS, SEASONS, WEEKDAYS, unitOf } from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
import { cand, isCap, readDay } from './util.js';

export const relativeParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const day = DAYS.get(a.lower);
  // "Radio 4's Today programme": a capitalised day word inside a sentence before a noun is a name
  const named =
    isCap(a) &&
    w[i - 1]?.sentence === a.sentence &&
    w[i + 1]?.pos === 'NOUN' &&
    w[i - 1]?.lower !== '.';
  if (day && !named) {
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
      { k: 'shift', unit: 'D', n: day.shift, from: day.from === 'anchor' ? 'anchor' : 'dct' },
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
  return null;
};

/** last|this|next|previous|following ... + unit, month, weekday, season, part of day */
function directed(w: readonly Word[], i: number, dir: number): Cand | null {
  const a = w[i];
  const b = w[i + 1];
  if (!a || !b) return null;
  // "the next day", "the next morning" count from the day under discussion, as "the following
  // day" does; "next week" alone counts from publication
  const nextDay =
    a.lower === 'next' &&
    w[i - 1]?.lower === 'the' &&
    (unitOf(b.lower) === 'D' || DAY_PARTS.has(b.lower));
  const anchored =
    a.lower === 'following' || a.lower === 'previous' || a.lower === 'preceding' || nextDay;
  const from = anchored ? 'anchor' : 'dct';
  // "the current fiscal year", "next fiscal year": the fiscal year is named by its calendar year
  if (b.lower === 'fiscal' && unitOf(w[i + 2]?.lower ?? '') === 'Y') {
    return cand(i, i + 3, 'relative#fiscal-unit', 'DATE', { k: 'shift', unit: 'Y', n: dir, from });
  }
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
    return cand(i, i + 2, 'relative#weekday', 'DATE', {
      k: 'weekday',
      wd,
      dir,
      ...(anchored ? { from: 'anchor' as const } : {}),
    });
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
  // "the next morning", "the previous night": that part of the day after or before the day
  // under discussion
  if (part !== undefined && part.length === 3 && anchored) {
    return cand(
      i,
      i + 2,
      'relative#anchored-part',
      'TIME',
      { k: 'shift', unit: 'D', n: dir, from },
      { part },
    );
  }
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
