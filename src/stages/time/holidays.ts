/** The day of a named holiday in a given year, from its rule in data/time/holidays.json. */
import { addDays, fmtWeek, weekday, type Day } from './calendar.js';
import { HOLIDAYS } from './lexicon.js';

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher) */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** the day of holiday `name` in year y, or null for an unknown name */
export function holidayDay(name: string, y: number): Day | null {
  const h = HOLIDAYS.get(name);
  if (!h) return null;
  if (h.easter !== undefined) return addDays(easter(y), h.easter);
  if (h.m === undefined) return null;
  if (h.d !== undefined) return { y, m: h.m, d: h.d };
  if (h.weekday === undefined || h.nth === undefined) return null;
  let day: Day;
  if (h.nth > 0) {
    const first = { y, m: h.m, d: 1 };
    day = addDays(first, ((h.weekday - weekday(first) + 7) % 7) + 7 * (h.nth - 1));
  } else {
    const last = addDays({ y: h.m === 12 ? y + 1 : y, m: h.m === 12 ? 1 : h.m + 1, d: 1 }, -1);
    day = addDays(last, -((weekday(last) - h.weekday + 7) % 7));
  }
  return addDays(day, h.offset ?? 0);
}

/** the TIMEX3 value of holiday `name` in year y: its day, or its ISO week for "Easter week" */
export function holidayValue(name: string, day: Day): string | null {
  return HOLIDAYS.get(name)?.week ? fmtWeek(day) : null;
}
