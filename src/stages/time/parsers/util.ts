/** Small readers shared by the parsers: numbers, units, candidate construction. */
import type { TimeType } from '../../../core/record.js';
import { CARDINALS, DAY_ORDINALS, MULTIPLIERS, UNITS, VAGUE, type UnitEntry } from '../lexicon.js';
import type { Cand, Sem, Word } from '../types.js';

const DIGITS = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const FRACTION = /^([1-9])\/([2-9])$/;

export interface NumberRead {
  /** null for vague quantities (several, a few) */
  n: number | null;
  /** index after the number */
  e: number;
}

/** A cardinal at w[i]: 24, twenty four, twenty-four, a, a few, several, a couple of, two thousand. */
export function readNumber(w: readonly Word[], i: number): NumberRead | null {
  const a = w[i];
  if (!a) return null;
  if (DIGITS.test(a.lower)) {
    const n = Number(a.lower.replaceAll(',', ''));
    if (!Number.isFinite(n)) return null;
    // a mixed number: "2 1/2 years"
    const frac = FRACTION.exec(w[i + 1]?.lower ?? '');
    if (frac && Number.isInteger(n)) {
      const f = Number(frac[1]) / Number(frac[2]);
      if (f > 0 && f < 1) return { n: n + f, e: i + 2 };
    }
    return { n, e: i + 1 };
  }
  if (a.lower === 'a' || a.lower === 'an') {
    const b = w[i + 1]?.lower;
    if (b === 'few' || b === 'several') return { n: null, e: i + 2 };
    if (b === 'couple') return { n: 2, e: w[i + 2]?.lower === 'of' ? i + 3 : i + 2 };
    if (b === 'dozen') return { n: 12, e: i + 2 };
    if (b !== undefined && MULTIPLIERS.has(b)) return { n: MULTIPLIERS.get(b) ?? 1, e: i + 2 };
    return { n: 1, e: i + 1 };
  }
  // "the next couple of years"
  if (a.lower === 'couple' && w[i + 1]?.lower === 'of') return { n: 2, e: i + 2 };
  if (VAGUE.has(a.lower) && a.lower !== 'recent' && a.lower !== 'coming') {
    return { n: null, e: i + 1 };
  }
  let n = CARDINALS.get(a.lower);
  if (n === undefined || a.lower === 'half') return null;
  let e = i + 1;
  // twenty four / twenty-four
  if (n >= 20 && n % 10 === 0) {
    const dash = w[e]?.lower === '-' ? 1 : 0;
    const unit = CARDINALS.get(w[e + dash]?.lower ?? '');
    if (unit !== undefined && unit >= 1 && unit <= 9) {
      n += unit;
      e += dash + 1;
    }
  }
  const mult = MULTIPLIERS.get(w[e]?.lower ?? '');
  if (mult !== undefined) {
    n *= mult;
    e += 1;
  }
  return { n, e };
}

export interface UnitRead {
  entry: UnitEntry;
  e: number;
}

/** A duration unit word at w[i] (year, years, hours ...). */
export function readUnit(w: readonly Word[], i: number): UnitRead | null {
  const a = w[i];
  if (!a) return null;
  const entry = UNITS.get(a.lower);
  return entry ? { entry, e: i + 1 } : null;
}

/** TIMEX3 duration value: P3M, PT24H, PXW, P2W (fortnight), P2Y6M (2 1/2 years). */
export function durationValue(n: number | null, u: UnitEntry): string {
  // quarters stay quarters ("the past two quarters" = P2Q), the unit the text counts in, as
  // TimeBank writes them (P2Q, PXQ, P1Q)
  const code = u.code;
  const count = n === null ? null : n * (u.factor ?? 1);
  if (count !== null && !Number.isInteger(count)) {
    const mixed = mixedValue(count, code, u.time === true);
    if (mixed) return mixed;
  }
  const k = count === null ? 'X' : fmtNum(count);
  return u.time ? `PT${k}${code}` : `P${k}${code}`;
}

/** the next smaller unit of a duration unit and how many of it make one */
const SMALLER: Readonly<Record<string, [string, number, boolean]>> = {
  Y: ['M', 12, false],
  D: ['H', 24, true],
  H: ['M', 60, true],
  TM: ['S', 60, true],
};

/** a fractional count in whole units of the next smaller one: 2.5 years = P2Y6M, 1.5 hours = PT1H30M */
function mixedValue(count: number, code: string, time: boolean): string | null {
  const next = SMALLER[time && code === 'M' ? 'TM' : code];
  if (!next) return null;
  const whole = Math.floor(count);
  const rest = Math.round((count - whole) * next[1] * 1000) / 1000;
  if (!Number.isInteger(rest)) return null;
  const head = whole > 0 ? `${whole}${code}` : '';
  if (time) return `PT${head}${rest}${next[0]}`;
  return next[2] ? `P${head}T${rest}${next[0]}` : `P${head}${rest}${next[0]}`;
}

function fmtNum(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace(/\.0+$/, '');
}

export function cand(
  s: number,
  e: number,
  rule: string,
  type: TimeType,
  sem: Sem,
  extra: Partial<Pick<Cand, 'mod' | 'part' | 'range'>> = {},
): Cand {
  return {
    s,
    e,
    rule: `time/parsers/${rule}`,
    type,
    sem,
    mod: null,
    part: null,
    range: null,
    ...extra,
  };
}

/**
 * "twice a year", "three times a week": a frequency, which the time stage reads as a SET.
 * (An amount per unit, "$2 million a year", "four flights a week", is not: isRate.)
 */
export function isFrequency(w: readonly Word[], i: number): boolean {
  return w[i]?.lower === 'a' && FREQUENCY_WORDS.has(w[i - 1]?.lower ?? '');
}

const FREQUENCY_WORDS = new Set(['twice', 'times', 'once', 'thrice']);

/**
 * "$1.76 a year", "£1bn a year", "5% per year", "four flights a week", "twice a year": the
 * "a", "an" or "per" at w[i] makes a rate when a count sits right before it.
 */
export function isRate(w: readonly Word[], i: number): boolean {
  const a = w[i]?.lower;
  if (a !== 'a' && a !== 'an' && a !== 'per') return false;
  return afterFigure(w, i);
}

/**
 * A figure, or a counted noun, right before w[i]: "20% |annually", "10,000 units |annually",
 * "$2 million |a year". A period word there is the figure's rate, not a time of its own.
 */
export function afterFigure(w: readonly Word[], i: number): boolean {
  const b = w[i - 1];
  if (!b || b.sentence !== w[i]?.sentence || b.pos === 'PUNCT') return false;
  if (RATE_WORDS.has(b.lower)) return true;
  const counted = (x: Word | undefined): boolean => !!x && (x.pos === 'NUM' || /\d/.test(x.lower));
  return counted(b) || (b.pos === 'NOUN' && counted(w[i - 2]));
}

const RATE_WORDS = new Set(['%', 'percent', 'twice', 'times', 'once', 'thrice']);

export function isCap(word: Word | undefined): boolean {
  if (!word) return false;
  const c = word.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** day of month 1-31 written as 5, 05, 5th, 21st */
export function readDay(word: Word | undefined): number | null {
  if (!word) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word.lower);
  if (!m) return DAY_ORDINALS.get(word.lower) ?? null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** a four-digit year 1000-2199, or an apostrophe year '98 */
export function readYear(word: Word | undefined): number | null {
  if (!word) return null;
  const t = word.lower;
  if (t.length === 4 && /^(?:1\d|2[01])\d\d$/.test(t)) return Number(t);
  return null;
}

export function daysIn(y: number | null, m: number): number {
  if (m === 2) return y === null || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}
