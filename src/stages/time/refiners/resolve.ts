/**
 * Resolves each candidate's meaning to a TIMEX3 value against the publication date (DCT).
 * Direction of year-less dates and bare weekdays comes from the sentence's tense (future cues
 * such as "will"), with a past bias for news. "Two years earlier" is anchored to the last
 * resolved date of the text, not the DCT. Without a DCT, unresolved parts stay X.
 */
import {
  addDays,
  addMonths,
  compareDay,
  daysBetween,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  quarterOf,
  weekday,
  type Day,
} from '../calendar.js';
import { holidayDay, holidayValue } from '../holidays.js';
import type { TimeType } from '../../../core/record.js';
import type { Cand, Sem, Unit } from '../types.js';

/** the last resolved calendar time, for anchored expressions */
export interface Anchor {
  day: Day;
  /** granularity of the anchor's value */
  gran: Unit;
  /** quarter/half/season of the anchor when it is one */
  sub: string | null;
  id: string;
  /** sentence of the expression that set it */
  sentence: number;
}

export interface Resolved {
  value: string;
  anchorId: string | null;
  /** set when this value can anchor later expressions */
  anchor: Anchor | null;
  /** set when resolution changes the type: an unanchored "three days later" is a DURATION */
  type?: TimeType;
}

const RANK: Record<Unit, number> = { S: 0, D: 0, W: 1, WE: 1, M: 2, Q: 3, H: 3, Y: 4, E: 5, C: 6 };

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function resolve(
  c: Cand,
  dct: Day | null,
  tense: number,
  last: Anchor | null,
  id: string,
  sentence: number,
): Resolved {
  const resolved = resolveSem(c.sem, c, dct, tense, last, id, sentence);
  const r = c.offset ? offsetDay(resolved, c.offset) : resolved;
  if (c.part && !/^[A-Z_]+REF$/.test(r.value) && !r.value.startsWith('P')) {
    return { ...r, value: `${r.value}${c.part}` };
  }
  return r;
}

/** "the day before last Tuesday": the resolved day moved by whole days */
function offsetDay(r: Resolved, days: number): Resolved {
  if (!r.anchor || r.anchor.gran !== 'D' || !/^\d{4}-\d\d-\d\d$/.test(r.value)) return r;
  const day = addDays(r.anchor.day, days);
  return { ...r, value: fmtDay(day), anchor: { ...r.anchor, day } };
}

function resolveSem(
  s: Sem,
  c: Cand,
  dct: Day | null,
  tense: number,
  last: Anchor | null,
  id: string,
  sentence: number,
): Resolved {
  const none = (value: string): Resolved => ({ value, anchorId: null, anchor: null });
  switch (s.k) {
    case 'fixed':
      return none(s.value);
    case 'cal':
      return cal(
        s.sub === 'CTX' || s.sub === 'CTXQ'
          ? {
              ...s,
              sub:
                last && last.gran === 'Q' ? last.sub : s.sub === 'CTXQ' ? lastQuarter(dct) : null,
            }
          : s,
        dct,
        tense,
        id,
        sentence,
      );
    case 'weekday': {
      if (!dct) return none(`XXXX-WXX-${s.wd}`);
      // "down 4.5% from the previous Friday": the Friday before the day under discussion
      const counted = s.from === 'anchor' && last !== null && last.gran === 'D';
      const base = counted ? last.day : dct;
      const dw = weekday(base);
      let delta: number;
      if (s.dir === -1) delta = -((dw - s.wd + 7) % 7 || 7);
      else if (s.dir === 1) delta = (s.wd - dw + 7) % 7 || 7;
      else if (s.dir === 0) delta = s.wd - dw;
      else {
        const ahead = (s.wd - dw + 7) % 7;
        const back = -((dw - s.wd + 7) % 7);
        // tense 0 ("by Wednesday" with no tense cue): the nearer one, the past on a tie
        delta = tense > 0 ? ahead : tense < 0 ? back : ahead < -back ? ahead : back;
      }
      const day = addDays(base, delta);
      return {
        value: fmtDay(day),
        anchorId: counted ? last.id : null,
        anchor: { day, gran: 'D', sub: null, id, sentence },
      };
    }
    case 'sub': {
      if (!dct) return none(`XXXX-${s.sub}`);
      let y = dct.y + (s.n ?? 0);
      if (s.n === null) {
        const n = Number(s.sub.slice(1));
        const current = s.sub[0] === 'Q' ? quarterOf(dct.m) : dct.m <= 6 ? 1 : 2;
        if (tense <= 0 && n > current) y -= 1;
      }
      return {
        value: `${fmtYear(y)}-${s.sub}`,
        anchorId: null,
        anchor: { day: { y, m: 1, d: 1 }, gran: 'Q', sub: s.sub, id, sentence },
      };
    }
    case 'shift':
      return shift(s, c, dct, last, id, sentence, tense);
  }
}

function cal(
  s: Extract<Sem, { k: 'cal' }>,
  dct: Day | null,
  tense: number,
  id: string,
  sentence: number,
): Resolved {
  if (s.holiday) return holiday(s, s.holiday, dct, tense, id, sentence);
  let y = s.y;
  const m = s.m;
  if (y === null) {
    if (!dct) {
      const v =
        m === null
          ? `XXXX-${s.sub ?? 'XX'}`
          : s.d === null
            ? `XXXX-${pad(m)}`
            : `XXXX-${pad(m)}-${pad(s.d)}`;
      return { value: v, anchorId: null, anchor: null };
    }
    y = s.yoff !== null && s.yoff !== undefined ? dct.y + s.yoff : yearFor(s, dct, tense);
  }
  if (m === null) {
    if (s.sub)
      return {
        value: `${fmtYear(y)}-${s.sub}`,
        anchorId: null,
        anchor: {
          day: { y, m: 1, d: 1 },
          gran: s.sub.startsWith('Q') ? 'Q' : 'Y',
          sub: s.sub,
          id,
          sentence,
        },
      };
    return {
      value: fmtYear(y),
      anchorId: null,
      anchor: { day: { y, m: 1, d: 1 }, gran: 'Y', sub: null, id, sentence },
    };
  }
  if (s.d === null)
    return {
      value: fmtMonth(y, m),
      anchorId: null,
      anchor: { day: { y, m, d: 1 }, gran: 'M', sub: null, id, sentence },
    };
  const day = { y, m, d: s.d };
  if (s.week)
    return {
      value: fmtWeek(day),
      anchorId: null,
      anchor: { day, gran: 'W', sub: null, id, sentence },
    };
  return {
    value: fmtDay(day),
    anchorId: null,
    anchor: { day, gran: 'D', sub: null, id, sentence },
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** a holiday: its day in the year its direction or the tense points to */
function holiday(
  s: Extract<Sem, { k: 'cal' }>,
  name: string,
  dct: Day | null,
  tense: number,
  id: string,
  sentence: number,
): Resolved {
  const none: Resolved = { value: 'XXXX-XX-XX', anchorId: null, anchor: null };
  const here = holidayDay(name, dct?.y ?? 2000);
  if (!here) return none;
  if (!dct && s.y === null) {
    const v = holidayValue(name, here);
    return { ...none, value: v ? 'XXXX-WXX' : `XXXX-${pad(here.m)}-${pad(here.d)}` };
  }
  const y = s.y ?? (dct ? yearFor({ ...s, m: here.m, d: here.d }, dct, tense) : here.y);
  const day = holidayDay(name, y) ?? here;
  return {
    value: holidayValue(name, day) ?? fmtDay(day),
    anchorId: null,
    anchor: { day, gran: 'D', sub: null, id, sentence },
  };
}

/**
 * No tense to go by ("help Ukraine survive the winter"): the season holding the DCT, else the
 * nearer of the last one and the next one. A season of year y starts in month `start` of y
 * (winter: December of y to February of y + 1).
 */
function nearestSeason(start: number, dct: Day): number {
  const at = dct.y * 12 + dct.m - 1;
  let best = dct.y;
  let dist = Infinity;
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
    const from = y * 12 + start - 1;
    const d = at < from ? from - at : at > from + 2 ? at - (from + 2) : 0;
    if (d < dist) {
      dist = d;
      best = y;
    }
  }
  return best;
}

/** the year of a year-less month, day or season, from its explicit direction or the tense */
function yearFor(s: Extract<Sem, { k: 'cal' }>, dct: Day, tense: number): number {
  const future = tense > 0;
  if (tense === 0 && (s.dir ?? null) === null && s.m !== null) {
    // no tense to go by: the year that puts the date nearest the DCT
    let best = dct.y;
    let dist = Infinity;
    for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
      const d = Math.abs(daysBetween(dct, { y, m: s.m, d: s.d ?? 15 }));
      if (d < dist) {
        dist = d;
        best = y;
      }
    }
    return best;
  }
  const dir = s.dir ?? null;
  if (s.m === null) {
    const start = SEASON_START[s.sub ?? ''] ?? 1;
    if (tense === 0 && dir === null) return nearestSeason(start, dct);
    if (dir === 0) return dct.y;
    if (dir === -1) return dct.m >= start + 3 ? dct.y : dct.y - 1;
    if (dir === 1) return dct.m < start ? dct.y : dct.y + 1;
    if (future) return dct.m < start + 3 ? dct.y : dct.y + 1;
    return dct.m >= start ? dct.y : dct.y - 1;
  }
  const m = s.m;
  if (dir === 0) return dct.y;
  if (dir === -1) return m < dct.m ? dct.y : dct.y - 1;
  if (dir === 1) return m > dct.m ? dct.y : dct.y + 1;
  if (s.d !== null) {
    const here = { y: dct.y, m, d: s.d };
    const ahead = daysBetween(dct, here);
    if (future) return ahead < -30 ? dct.y + 1 : dct.y;
    return ahead > 60 ? dct.y - 1 : dct.y;
  }
  if (future) return m < dct.m ? dct.y + 1 : dct.y;
  return m > dct.m + 1 ? dct.y - 1 : dct.y;
}

function unresolved(unit: Unit): string {
  switch (unit) {
    case 'D':
      return 'XXXX-XX-XX';
    case 'W':
      return 'XXXX-WXX';
    case 'WE':
      return 'XXXX-WXX-WE';
    case 'M':
      return 'XXXX-XX';
    case 'Q':
      return 'XXXX-QX';
    case 'H':
      return 'XXXX-HX';
    default:
      return 'XXXX';
  }
}

function shift(
  s: Extract<Sem, { k: 'shift' }>,
  c: Cand,
  dct: Day | null,
  last: Anchor | null,
  id: string,
  sentence: number,
  tense: number,
): Resolved {
  // day-level anchors ("5 p.m.", "a day later") hold only near the date they follow
  // "that day", "that same day" point back by their own words, across sentences
  // as do "the following day", "the next morning", "that night"
  const anaphoric =
    /#that-(?:unit|part)$/.test(c.rule) ||
    (s.from === 'anchor' && /relative#(?:unit|anchored-part)$/.test(c.rule));
  // "overnight" holds to a day named in its own or the previous sentence
  const overnight =
    c.rule.endsWith('#overnight') && last?.gran === 'D' && sentence - last.sentence <= 1;
  const near =
    last !== null && (RANK[s.unit] > 0 || sentence === last.sentence || anaphoric || overnight);
  const useAnchor = s.from === 'anchor' && last !== null && near && RANK[last.gran] <= RANK[s.unit];
  const base = useAnchor ? last.day : dct;
  const anchorId = useAnchor ? last.id : null;
  // "most recently last October when ... His name was crossed out that same day": the day
  // of a month (or year) named before is a day in it we are not told, not the DCT's day
  if (anaphoric && last !== null && !useAnchor) {
    const inside = dayInside(s.unit, last);
    if (inside) return { value: inside, anchorId: last.id, anchor: null };
  }
  // "Three days later, ...", "A day earlier, ...": a day-level count with no day in its
  // sentence to count from is counted from an event, not a time; TimeBank marks the
  // duration it counts (P3D), as it does here whenever no date is near
  if (
    s.from === 'anchor' &&
    !useAnchor &&
    (s.unit === 'D' || s.unit === 'W') &&
    c.rule.startsWith('time/parsers/duration#')
  ) {
    const k = s.n === null ? 'X' : String(Math.abs(s.n));
    return { value: `P${k}${s.unit}`, anchorId: null, anchor: null, type: 'DURATION' };
  }
  if (!base) return { value: unresolved(s.unit), anchorId: null, anchor: null };
  if (s.n === null) return { value: 'PAST_REF', anchorId, anchor: null };
  const n = s.n;
  // year-on-year in quarterly reporting: "a year earlier" after "the third quarter" is that quarter a year before
  if (
    /duration#|year-/.test(c.rule) &&
    s.unit === 'Y' &&
    n !== 0 &&
    (s.gran === null || s.gran === undefined || Math.abs(n) === 1) &&
    last &&
    last.gran === 'Q' &&
    last.sub &&
    c.type === 'DATE'
  ) {
    const y = (useAnchor ? last.day.y : base.y) + n;
    return { value: `${fmtYear(y)}-${last.sub}`, anchorId: last.id, anchor: null };
  }
  // "the year-ago quarter" with no quarter named before it: the last reported quarter (the
  // one before the publication date's, as for "the quarter"), a year back
  if (c.rule.endsWith('-quarter') && s.unit === 'Y' && n === -1 && !useAnchor) {
    const day = addMonths(base, -15);
    return { value: `${fmtYear(day.y)}-Q${quarterOf(day.m)}`, anchorId: null, anchor: null };
  }
  const mk = (value: string, day: Day, gran: Unit, sub: string | null = null): Resolved => ({
    value,
    anchorId,
    // counted shifts ("a year ago", "two years earlier") do not anchor later ones: a second
    // "a year earlier" refers to the same time, not one more year back
    anchor:
      c.type === 'DURATION' || /duration#|year-/.test(c.rule)
        ? null
        : { day, gran, sub, id, sentence },
  });
  switch (s.unit) {
    case 'D': {
      const day = addDays(base, n);
      return mk(fmtDay(day), day, 'D');
    }
    case 'W': {
      const day = addDays(base, 7 * n);
      return mk(fmtWeek(day), day, 'W');
    }
    case 'WE': {
      // "the weekend" said on a weekday is the one just past, unless the clause points forward
      const weekend = weekday(base) >= 6;
      const k = n === 0 && tense < 0 && !weekend && !useAnchor ? -1 : n;
      const day = addDays(base, 7 * k);
      return mk(`${fmtWeek(day)}-WE`, day, 'W');
    }
    case 'M': {
      const day = addMonths(base, n);
      return mk(fmtMonth(day.y, day.m), day, 'M');
    }
    case 'Q': {
      const day = addMonths(base, 3 * n);
      const sub = `Q${quarterOf(day.m)}`;
      return mk(`${fmtYear(day.y)}-${sub}`, day, 'Q', sub);
    }
    case 'H': {
      const day = addMonths(base, 6 * n);
      const sub = `H${day.m <= 6 ? 1 : 2}`;
      return mk(`${fmtYear(day.y)}-${sub}`, day, 'Q', sub);
    }
    case 'Y': {
      const day = { y: base.y + n, m: base.m, d: base.d };
      return mk(fmtYear(day.y), day, 'Y');
    }
    case 'E':
    case 'C': {
      const span = s.unit === 'E' ? 10 : 100;
      const y = base.y + span * n;
      // "a decade ago" is a point about ten years back (1989 from 1999), not the whole 1980s;
      // "the last decade" is a decade (198)
      if (/duration#/.test(c.rule)) return mk(fmtYear(y), { y, m: 1, d: 1 }, 'Y');
      return mk(`${Math.floor(y / span)}`, { y, m: 1, d: 1 }, s.unit);
    }
    case 'S':
      return mk(fmtDay(base), base, 'D');
  }
}

/** "that day" of a month, "that month" of a year: the coarser anchor with the unit left X */
function dayInside(unit: Unit, last: Anchor): string | null {
  const { y, m } = last.day;
  if (unit === 'D' && last.gran === 'M') return `${fmtMonth(y, m)}-XX`;
  if (unit === 'D' && last.gran === 'Y' && !last.sub) return `${fmtYear(y)}-XX-XX`;
  if (unit === 'M' && last.gran === 'Y' && !last.sub) return `${fmtYear(y)}-XX`;
  return null;
}

/** the last quarter reported by the publication date: the one before the date's own */
function lastQuarter(dct: Day | null): string | null {
  return dct ? `Q${quarterOf(addMonths(dct, -3).m)}` : null;
}

export { compareDay };
