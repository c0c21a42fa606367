/**
 * The calendar interval a duration covers when the text sets it on the calendar: "the past
 * three months" and "in three months, X has decreased" end at the publication date; "the
 * next two weeks" and "in two weeks, X will" start there. Vague durations (PXW) get none.
 */
import { addDays, addMonths, fmtDay, type Day } from '../calendar.js';
import type { Cand, Word } from '../types.js';

const LEAD = new Set(['in', 'over', 'during', 'for', 'within', 'since']);
const PERFECT = new Set(['has', 'have', 'had', "'s", "'ve"]);

function shiftBy(day: Day, value: string, sign: number): Day | null {
  // whole days of hours: "the past 24 hours" covers the day before publication
  const h = /^PT(\d+)H$/.exec(value);
  if (h && Number(h[1]) % 24 === 0) return addDays(day, (Number(h[1]) / 24) * sign);
  const m = /^P(\d+)([DWMQYE])$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * sign;
  switch (m[2]) {
    case 'D':
      return addDays(day, n);
    case 'W':
      return addDays(day, 7 * n);
    case 'M':
      return addMonths(day, n);
    case 'Q':
      return addMonths(day, 3 * n);
    case 'Y':
      return addMonths(day, 12 * n);
    case 'E':
      return addMonths(day, 120 * n);
    default:
      return null;
  }
}

/** -1: ends at the DCT, 1: starts there, null: floats */
export function rangeDirection(w: readonly Word[], c: Cand, future: boolean): number | null {
  if (c.type !== 'DURATION') return null;
  if (c.range !== null) return c.range;
  const lead = w[c.s - 1];
  if (!lead || lead.sentence !== w[c.s]?.sentence || !LEAD.has(lead.lower)) return null;
  if (future)
    return lead.lower === 'in' || lead.lower === 'within' || lead.lower === 'over' ? 1 : null;
  // present perfect in the sentence: "has decreased", "have not been seen"
  for (let k = c.s - 1; k >= 0; k--) {
    const x = w[k];
    if (!x || x.sentence !== lead.sentence) break;
    if (PERFECT.has(x.lower)) return -1;
  }
  for (let k = c.e; k < w.length; k++) {
    const x = w[k];
    if (!x || x.sentence !== lead.sentence) break;
    if (PERFECT.has(x.lower)) return -1;
  }
  return null;
}

export function rangeOf(
  value: string,
  dir: number | null,
  dct: Day | null,
): { begin: string; end: string } | null {
  if (dir === null || dct === null) return null;
  const other = shiftBy(dct, value, dir);
  if (!other) return null;
  return dir < 0
    ? { begin: fmtDay(other), end: fmtDay(dct) }
    : { begin: fmtDay(dct), end: fmtDay(other) };
}
