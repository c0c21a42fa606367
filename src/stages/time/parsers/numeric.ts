/**
 * Numeric dates and years: ISO "1998-01-08", US "1/5/98" and "01/05/1998", four-digit years
 * "1998", decades "1990s" / "'90s" / "the nineties", "fiscal 1989". Impossible dates are
 * rejected.
 */
import { HOLIDAYS, MONTHS, ORDINALS, SEASONS, SPOKEN_DECADES, WEEKDAYS } from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
import { cand, daysIn, isCap, readYear } from './util.js';

const ISO = /^(\d{4})-(\d\d)-(\d\d)$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const DECADE = /^(\d{3})0s$/;
const SHORT_DECADE = /^'(\d)0s$/;

/** words after a number that make it a count, not a year */
const COUNTED = new Set([
  '%',
  'percent',
  'people',
  'members',
  'troops',
  'units',
  'shares',
  'points',
  'feet',
  'miles',
  'km',
  'meters',
  'metres',
  'tons',
  'tonnes',
  'acres',
  'barrels',
  'cars',
  'jobs',
  'workers',
  'employees',
  'students',
  'pounds',
  'dollars',
  'yen',
  'euros',
  'and',
  'to',
]);

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/**
 * "a joint venture called Orion 1980", "Euro 2024": a year right after a capitalised word
 * inside a sentence ends a name, unless that word is a time word ("March 1990",
 * "Christmas 1999", "Fiscal 1989") or an era ("A.D. 1000")
 */
function endsName(w: readonly Word[], i: number): boolean {
  const prev = w[i - 1];
  const before = w[i - 2];
  if (!prev || prev.pos !== 'PROPN' || !isCap(prev) || /\d/.test(prev.text)) return false;
  if (!before || before.sentence !== prev.sentence || before.pos === 'PUNCT') return false;
  const p = prev.lower;
  return !(
    MONTHS.has(p) ||
    WEEKDAYS.has(p) ||
    SEASONS.has(p) ||
    HOLIDAY_WORDS.has(p) ||
    ERAS.has(p)
  );
}

const HOLIDAY_WORDS: ReadonlySet<string> = new Set(
  [...HOLIDAYS.keys()].map((k) => k.split(' ').pop() as string),
);
const ERAS = new Set(['fiscal', 'fy', 'ad', 'a.d.', 'bc', 'b.c.', 'ce', 'bce', 'year']);

/** words before a number that make it an amount: "more than 1000 refugees", "nearly 2000" */
const AMOUNT_LEADS = new Set([
  'more than',
  'less than',
  'fewer than',
  'at least',
  'nearly',
  'almost',
]);

function yearLike(w: readonly Word[], i: number): boolean {
  const prev = w[i - 1];
  if (endsName(w, i)) return false;
  const two = `${w[i - 2]?.lower ?? ''} ${prev?.lower ?? ''}`;
  if (prev && (AMOUNT_LEADS.has(prev.lower) || AMOUNT_LEADS.has(two))) return false;
  if (
    prev &&
    (prev.lower === '$' || prev.lower === '#' || prev.lower === 'no.' || prev.lower === 'number')
  )
    return false;
  const next = w[i + 1];
  if (next && COUNTED.has(next.lower) && !(next.lower === 'and' || next.lower === 'to'))
    return false;
  if (
    next &&
    next.glued &&
    next.lower !== ',' &&
    next.lower !== '.' &&
    next.lower !== "'s" &&
    next.lower !== '-' &&
    next.lower !== ')' &&
    next.lower !== ';' &&
    next.lower !== ':' &&
    // a closing quote: 'our expectations for 1989".'
    next.lower !== '"' &&
    next.lower !== "''" &&
    next.lower !== "'"
  )
    return false;
  return true;
}

export const numericParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const t = a.lower;
  let m = ISO.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? cand(i, i + 1, 'iso-date', 'DATE', { k: 'cal', y, m: mo, d }) : null;
  }
  m = US.exec(t);
  if (m) {
    const raw = Number(m[3]);
    const y = m[3]?.length === 2 ? (raw < 30 ? 2000 + raw : 1900 + raw) : raw;
    const [mo, d] = [Number(m[1]), Number(m[2])];
    return valid(y, mo, d) ? cand(i, i + 1, 'us-date', 'DATE', { k: 'cal', y, m: mo, d }) : null;
  }
  m = DECADE.exec(t) ?? SHORT_DECADE.exec(t);
  if (m) {
    const digits = m[1] ?? '';
    const prefix = digits.length === 1 ? `19${digits}` : digits;
    return cand(i, i + 1, 'decade', 'DATE', { k: 'fixed', value: prefix });
  }
  const spoken = spokenYear(w, i) ?? spokenDecade(w, i);
  if (spoken) return spoken;
  const century = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  if (century && w[i + 1]?.lower === 'century') {
    return cand(i, i + 2, 'century', 'DATE', {
      k: 'fixed',
      value: String(Number(century[1]) - 1).padStart(2, '0'),
    });
  }
  const y = readYear(a);
  if (y === null || !yearLike(w, i)) return null;
  if (a.pos !== 'NUM' && a.pos !== 'PROPN' && a.pos !== 'NOUN' && a.pos !== 'ADJ' && a.pos !== 'X')
    return null;
  const fiscal = w[i - 1]?.lower === 'fiscal' ? i - 1 : i;
  // "the 1988 period", "the 1988 quarter": the reporting period of that year; "the 1988 third quarter"
  const next = w[i + 1]?.lower;
  if (next === 'period' || next === 'quarter') {
    return cand(fiscal, i + 2, 'year-period', 'DATE', {
      k: 'cal',
      y,
      m: null,
      d: null,
      // a named quarter is one even with no quarter before it (CTXQ); a period may be a year
      sub: next === 'quarter' ? 'CTXQ' : 'CTX',
    });
  }
  const ord = ORDINALS.get(next ?? '');
  if (ord !== undefined && ord > 0 && ord <= 4 && w[i + 2]?.lower === 'quarter') {
    return cand(fiscal, i + 3, 'year-quarter', 'DATE', {
      k: 'cal',
      y,
      m: null,
      d: null,
      sub: `Q${ord}`,
    });
  }
  return cand(fiscal, i + 1, fiscal < i ? 'fiscal-year' : 'year', 'DATE', {
    k: 'cal',
    y,
    m: null,
    d: null,
  });
};

const TENS = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const UNITS_WORDS = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
]);

/**
 * "through the nineties", "the early eighties": a decade in words, only after "the" (a
 * modifier may sit between): "in their forties" is an age (data/time/numbers.json#spokenDecades)
 */
function spokenDecade(w: readonly Word[], i: number): Cand | null {
  const decade = SPOKEN_DECADES.get(w[i]?.lower ?? '');
  if (!decade) return null;
  let k = i - 1;
  if (w[k]?.lower === '-') k--;
  if (w[k]?.lower === 'early' || w[k]?.lower === 'mid' || w[k]?.lower === 'late') k--;
  if (w[k]?.lower !== 'the' || w[k]?.sentence !== w[i]?.sentence) return null;
  return cand(i, i + 1, 'spoken-decade', 'DATE', { k: 'fixed', value: decade.value });
}

/** broadcast transcripts: "nineteen ninety-six" */
function spokenYear(w: readonly Word[], i: number): Cand | null {
  // "the year two thousand (and one)": only after "year", where a count cannot stand
  if (w[i]?.lower === 'two' && w[i + 1]?.lower === 'thousand' && w[i - 1]?.lower === 'year') {
    const and = w[i + 2]?.lower === 'and' ? 1 : 0;
    const unit = UNITS_WORDS.get(w[i + 2 + and]?.lower ?? '');
    const e = unit === undefined ? i + 2 : i + 3 + and;
    return cand(i, e, 'spoken-year', 'DATE', { k: 'cal', y: 2000 + (unit ?? 0), m: null, d: null });
  }
  if (w[i]?.lower !== 'nineteen') return null;
  const tens = TENS.get(w[i + 1]?.lower ?? '');
  if (tens === undefined) return null;
  let e = i + 2;
  let n = tens;
  const dash = w[e]?.lower === '-' ? 1 : 0;
  const unit = UNITS_WORDS.get(w[e + dash]?.lower ?? '');
  if (unit !== undefined) {
    n += unit;
    e += dash + 1;
  }
  return cand(i, e, 'spoken-year', 'DATE', { k: 'cal', y: 1900 + n, m: null, d: null });
}
