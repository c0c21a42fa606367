/**
 * Durations and counted shifts: "three months", "about two weeks" (the "about" is added by
 * refiners/modifiers), "24 hours", "two-year", "several weeks", "the past three months"
 * (a duration ending now), "the next two years", "recent weeks", "decades-long",
 * and counted shifts "two years ago", "a year earlier", "three days later".
 */
import { DIRECTION, SHIFT_WORDS, UNITS } from '../lexicon.js';
import type { Cand, Parser, Unit, Word } from '../types.js';
import { cand, durationValue, isRate, readNumber, readUnit } from './util.js';

/** words before a number that turn the duration into one ending (-1) or starting (1) now */
const RANGE_WORDS: ReadonlyMap<string, number> = new Map([
  ['past', -1],
  ['last', -1],
  ['previous', -1],
  ['recent', -1],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
  ['first', 0],
  ['latest', -1],
]);

export const durationParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const range = RANGE_WORDS.get(a.lower);
  if (range !== undefined) {
    const inner = counted(w, i + 1, true);
    if (inner && inner.type === 'DURATION') {
      return {
        ...inner,
        s: i,
        range: range === 0 ? null : range,
        rule: `${inner.rule}#${a.lower}`,
      };
    }
    return null;
  }
  return counted(w, i, false);
};

/** "Islam will one day be", "the hope he one day follow": "one day" between subject or modal and verb is "someday" */
function someday(w: readonly Word[], i: number): boolean {
  if (w[i]?.lower !== 'one' || w[i + 1]?.lower !== 'day') return false;
  const before = w[i - 1];
  const after = w[i + 2];
  if (!before || !after || before.sentence !== after.sentence) return false;
  const subject = before.pos === 'AUX' || before.pos === 'PRON' || before.pos === 'PROPN';
  return subject && (after.pos === 'VERB' || after.pos === 'AUX') && !after.lower.endsWith('ed');
}

function counted(w: readonly Word[], i: number, directed: boolean): Cand | null {
  if (!directed && someday(w, i))
    return cand(i, i + 2, 'duration#someday', 'DATE', { k: 'fixed', value: 'FUTURE_REF' });
  const num = readNumber(w, i);
  if (num) {
    let j = num.e;
    const hyphen = w[j]?.lower === '-';
    if (hyphen) j++;
    if (
      w[j]?.lower === 'more' ||
      w[j]?.lower === 'additional' ||
      w[j]?.lower === 'trading' ||
      w[j]?.lower === 'business'
    )
      j++;
    // two to three weeks / 12 to 18 months / 3-4 days (the hyphen already passed)
    let upper = false;
    const link = w[j]?.lower;
    const at = hyphen && /^\d/.test(link ?? '') ? j : link === 'to' || link === 'or' ? j + 1 : -1;
    const second = at >= 0 ? readNumber(w, at) : null;
    if (second && readUnit(w, second.e)) {
      j = second.e;
      upper = true;
    }
    const read = readUnit(w, j);
    if (!read) return null;
    // "a minute and a half", "an hour and a half": the half joins the count
    const half = !upper && num.n !== null && isHalf(w, read.e) && !read.entry.plural ? 0.5 : 0;
    const unit = half ? { ...read, e: read.e + 3 } : read;
    // "a" + singular unit only: "a years" is not English, "a week" is
    if ((w[i]?.lower === 'a' || w[i]?.lower === 'an') && num.e === i + 1 && unit.entry.plural)
      return null;
    // "$1.76 a year", "twice a year": a rate (parsers/set), not a duration
    if (isRate(w, i) && !shiftAt(w, unit.e, directed)) return null;
    if (num.n !== null && num.n !== 1 && !unit.entry.plural && !hyphen && !Number.isInteger(num.n))
      return null;
    const n0 = num.n === null ? null : num.n + half;
    const e = unit.e;
    const article = w[i]?.lower === 'a' || w[i]?.lower === 'an';
    // "a second group", "a quarter of", "three-quarters", "four-quarter test": not durations
    if (article && (w[j]?.lower === 'second' || unit.entry.code === 'Q')) return null;
    if (unit.entry.code === 'Q' && hyphen) return null;
    if (isAge(w, e)) return null;
    const shift = shiftAt(w, e, directed);
    const code = unit.entry.code;
    if (shift && !unit.entry.time && !directed && half === 0) {
      const n = num.n === null ? null : num.n * shift.dir * (unit.entry.factor ?? 1);
      return cand(
        i,
        shift.e,
        `duration#${shift.word}`,
        'DATE',
        { k: 'shift', unit: code as Unit, n, from: shift.from, gran: code as Unit },
        shift.approx ? { mod: 'APPROX' } : {},
      );
    }
    if (w[e]?.lower === 'long' || (w[e]?.lower === '-' && w[e + 1]?.lower === 'long')) {
      return cand(i, w[e]?.lower === '-' ? e + 2 : e + 1, 'duration#long', 'DURATION', {
        k: 'fixed',
        value: durationValue(n0, unit.entry),
      });
    }
    return cand(i, e, 'duration', 'DURATION', {
      k: 'fixed',
      value: durationValue(upper ? null : n0, unit.entry),
    });
  }
  // bare plural: weeks, several months is handled above; "decades-long", "day-long"
  const unit = readUnit(w, i);
  if (!unit) return null;
  if (w[i + 1]?.lower === '-' && w[i + 2]?.lower === 'long') {
    return cand(i, i + 3, 'duration#long', 'DURATION', {
      k: 'fixed',
      value: durationValue(unit.entry.plural ? null : 1, unit.entry),
    });
  }
  if (!unit.entry.plural || unit.entry.code === 'Q') return null;
  const prev = w[i - 1];
  // "in the weeks ahead": an unspecified stretch starting now
  if (prev?.lower === 'the' && w[i + 1]?.lower === 'ahead') {
    return cand(
      i - 1,
      i + 2,
      'duration#ahead',
      'DURATION',
      { k: 'fixed', value: durationValue(null, unit.entry) },
      { range: 1 },
    );
  }
  // "over the years", "in the years that followed", "the months since": a vague stretch;
  // "in the weeks before the shooting" is a date of its own event, left alone
  if (prev?.lower === 'the' && stretch(w, i)) {
    return cand(i - 1, i + 1, 'duration#the-plural', 'DURATION', {
      k: 'fixed',
      value: durationValue(null, unit.entry),
    });
  }
  // "hundreds of years", "2-years": counted elsewhere or not a duration
  if (
    prev &&
    (prev.pos === 'NUM' || prev.lower === '-' || prev.lower === 'the' || prev.lower === 'of')
  )
    return null;
  const shift = shiftAt(w, i + 1, directed);
  if (shift && shift.word === 'ago') {
    return cand(i, shift.e, 'duration#ago', 'DATE', { k: 'fixed', value: 'PAST_REF' });
  }
  // "weeks or months", "recent weeks and months": one vague stretch, in the first unit
  const other = w[i + 1]?.lower;
  const joined =
    (other === 'or' || other === 'and') && UNITS.get(w[i + 2]?.lower ?? '')?.plural === true;
  return cand(i, joined ? i + 3 : i + 1, 'duration#plural', 'DURATION', {
    k: 'fixed',
    value: durationValue(null, unit.entry),
  });
}

/** words before "the years" that make it a stretch of time: "over the years" */
const STRETCH_BEFORE = new Set(['over', 'through', 'throughout', 'during']);

/** "the years" at w[i] after a durational preposition, or before "that followed" / "since" */
function stretch(w: readonly Word[], i: number): boolean {
  const before = w[i - 2];
  const sentence = w[i]?.sentence;
  if (before && before.sentence === sentence && STRETCH_BEFORE.has(before.lower)) return true;
  const a = w[i + 1];
  if (!a || a.sentence !== sentence) return false;
  return a.lower === 'since' || (a.lower === 'that' && w[i + 2]?.lower === 'followed');
}

function isHalf(w: readonly Word[], e: number): boolean {
  return w[e]?.lower === 'and' && w[e + 1]?.lower === 'a' && w[e + 2]?.lower === 'half';
}

function isAge(w: readonly Word[], e: number): boolean {
  const next = w[e]?.lower;
  return next === 'old' || (next === '-' && w[e + 1]?.lower === 'old');
}

interface ShiftRead {
  dir: number;
  from: 'dct' | 'anchor';
  e: number;
  word: string;
  /** "or so" before the shift word: the count is approximate */
  approx?: boolean;
}

function shiftAt(w: readonly Word[], e: number, directed: boolean): ShiftRead | null {
  if (directed) return null;
  const b = w[e];
  if (!b) return null;
  // "a week or so ago": the shift of an approximate count
  if (b.lower === 'or' && w[e + 1]?.lower === 'so') {
    const inner = shiftAt(w, e + 2, directed);
    return inner ? { ...inner, approx: true } : null;
  }
  if (b.lower === 'from' && w[e + 1]?.lower === 'now')
    return { dir: 1, from: 'dct', e: e + 2, word: 'from-now' };
  const s = SHIFT_WORDS.get(b.lower);
  if (!s) return null;
  if (b.lower === 'before' || b.lower === 'after') {
    // "two days after the attack": a duration; "two days before," / "a year before." a shift
    const c = w[e + 1];
    if (c && c.sentence === b.sentence && c.pos !== 'PUNCT') return null;
  }
  return { dir: s.dir, from: s.from === 'anchor' ? 'anchor' : 'dct', e: e + 1, word: b.lower };
}

/** durationParser triggers on numbers, number words, units and range words */
export function durationTrigger(lower: string): boolean {
  return RANGE_WORDS.has(lower) || UNITS.has(lower) || DIRECTION.has(lower);
}
