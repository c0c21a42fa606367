/**
 * Merges neighbouring candidates that form one expression: a clock time and its day
 * ("5 p.m. EST, Nov. 9", "noon Thursday", "Friday at 10 a.m."), a weekday and its date
 * ("Friday, Nov. 12"), a year and its quarter ("this year's third quarter").
 */
import type { Cand, Sem, Word } from '../types.js';

const LINKS = new Set([',', 'on', 'at', 'of']);

function isDay(c: Cand): boolean {
  const s = c.sem;
  if (c.part !== null && c.rule !== 'time/parsers/clock') return false;
  if (s.k === 'weekday') return true;
  if (s.k === 'cal') return s.d !== null;
  if (s.k === 'shift') return s.unit === 'D' && c.rule !== 'time/parsers/clock';
  return false;
}

export const isClock = (c: Cand): boolean => c.rule === 'time/parsers/clock';

/** words strictly between a and b are all links (at most one) */
function linked(w: readonly Word[], a: Cand, b: Cand): boolean {
  if (b.s === a.e) return true;
  return b.s === a.e + 1 && LINKS.has(w[a.e]?.lower ?? '') && w[a.e]?.sentence === w[b.s]?.sentence;
}

function yearOf(c: Cand): Sem | null {
  const s = c.sem;
  if (s.k === 'shift' && s.unit === 'Y' && s.from === 'dct') return s;
  if (s.k === 'cal' && s.y !== null && s.m === null && !s.sub) return s;
  return null;
}

/** the year of a bare year candidate ("1994", "nineteen ninety-four"), else null */
function pureYear(c: Cand): number | null {
  const s = c.sem;
  return s.k === 'cal' && s.y !== null && s.m === null && s.d === null && !s.sub ? s.y : null;
}

/** "the year" read on its own as this year */
function isTheYear(w: readonly Word[], c: Cand): boolean {
  return (
    c.sem.k === 'shift' &&
    c.sem.unit === 'Y' &&
    c.e - c.s === 2 &&
    w[c.s]?.lower === 'the' &&
    w[c.s + 1]?.lower === 'year'
  );
}

function halfOfDecade(w: readonly Word[], a: Cand, b: Cand): Cand | null {
  if (a.sem.k !== 'sub' || !a.sem.sub.startsWith('H')) return null;
  if (b.sem.k !== 'fixed' || !/^\d{3}$/.test(b.sem.value) || w[a.e]?.lower !== 'of') return null;
  const at = w[a.e + 1]?.lower === 'the' ? a.e + 2 : a.e + 1;
  if (b.s !== at) return null;
  return { ...b, s: a.s, mod: a.sem.sub === 'H1' ? 'START' : 'END', rule: `${b.rule}+half` };
}

/** "the week of March 6": the week holding a day named right after it */
function weekOf(w: readonly Word[], c: Cand): Cand | null {
  const s = c.sem;
  if (s.k !== 'cal' || s.d === null || s.holiday || c.part !== null) return null;
  if (w[c.s - 1]?.lower !== 'of' || w[c.s - 2]?.lower !== 'week' || w[c.s - 3]?.lower !== 'the')
    return null;
  return { ...c, s: c.s - 3, sem: { ...s, week: true }, rule: `${c.rule}+week-of` };
}

/** "the day before last Tuesday('s hearing)", "the day after Christmas": one day off a named day */
function dayNextTo(w: readonly Word[], c: Cand): Cand | null {
  const rel = w[c.s - 1]?.lower;
  if ((rel !== 'before' && rel !== 'after') || w[c.s - 2]?.lower !== 'day') return null;
  if (w[c.s - 3]?.lower !== 'the' || !isDay(c) || c.part !== null) return null;
  return { ...c, s: c.s - 3, offset: rel === 'before' ? -1 : 1, rule: `${c.rule}+day-${rel}` };
}

export function mergeNeighbours(w: readonly Word[], cands: readonly Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let k = 0; k < cands.length; k++) {
    const own = cands[k] as Cand;
    const a = weekOf(w, own) ?? dayNextTo(w, own) ?? own;
    const b = cands[k + 1];
    // "this year's third quarter"
    const y = b ? yearOf(a) : null;
    if (b && y && b.sem.k === 'sub' && w[a.e]?.lower === "'s" && b.s === a.e + 1) {
      const sem: Sem =
        y.k === 'cal'
          ? { k: 'cal', y: y.y, m: null, d: null, sub: b.sem.sub }
          : { k: 'sub', sub: b.sem.sub, n: y.k === 'shift' ? y.n : null };
      out.push({ ...b, s: a.s, sem, rule: `${b.rule}+year` });
      k++;
      continue;
    }
    // "the year-ago third quarter", "the year-earlier second quarter": that quarter a year back
    if (
      b &&
      b.s === a.e &&
      b.sem.k === 'sub' &&
      b.sem.n === null &&
      /quarter#year-(?:ago|earlier)$/.test(a.rule)
    ) {
      out.push({ ...b, s: a.s, sem: { ...b.sem, n: -1 }, rule: `${b.rule}+year-ago` });
      k++;
      continue;
    }
    // "the last half of the '80s": the half of a decade is the decade, at its end or start
    const decade = b ? halfOfDecade(w, a, b) : null;
    if (decade) {
      out.push(decade);
      k++;
      continue;
    }
    if (b && linked(w, a, b)) {
      if (isClock(a) && isDay(b) && !isClock(b)) {
        out.push({ ...b, s: a.s, type: 'TIME', part: a.part, rule: `${b.rule}+clock` });
        k++;
        continue;
      }
      if (isDay(a) && !isClock(a) && isClock(b) && a.part === null) {
        out.push({ ...a, e: b.e, type: 'TIME', part: b.part, rule: `${a.rule}+clock` });
        k++;
        continue;
      }
      if (a.sem.k === 'weekday' && b.sem.k === 'cal' && b.sem.d !== null && a.part === null) {
        out.push({ ...b, s: a.s, rule: `${b.rule}+weekday` });
        k++;
        continue;
      }
      // "January nineteen ninety-seven", "the winter of nineteen ninety-four": a year-less
      // month or season takes the year that follows it
      const year = pureYear(b);
      if (
        year !== null &&
        a.sem.k === 'cal' &&
        a.sem.y === null &&
        (a.sem.m !== null || (a.sem.sub ?? null) !== null) &&
        (a.sem.dir ?? null) === null &&
        (a.sem.yoff ?? null) === null
      ) {
        out.push({ ...a, e: b.e, sem: { ...a.sem, y: year }, rule: `${a.rule}+year` });
        k++;
        continue;
      }
      // "the year 2000", "the year two thousand": the year itself
      if (year !== null && b.s === a.e && isTheYear(w, a)) {
        out.push({ ...b, s: a.s, rule: `${b.rule}+the-year` });
        k++;
        continue;
      }
      // "June last year", "January this year"
      if (
        a.sem.k === 'cal' &&
        a.sem.m !== null &&
        a.sem.y === null &&
        b.s === a.e &&
        b.sem.k === 'shift' &&
        b.sem.unit === 'Y' &&
        b.sem.from === 'dct'
      ) {
        out.push({ ...a, e: b.e, sem: { ...a.sem, yoff: b.sem.n }, rule: `${a.rule}+year` });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
