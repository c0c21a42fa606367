/**
 * Recurrences (TIMEX3 SET): "daily", "annually", "every day", "each Thursday", "each July",
 * "per year", "twice a year", "every three months".
 */
import { MONTHS, SETS, SETS_BEFORE_NOUNS, UNITS, WEEKDAYS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { afterFigure, cand, durationValue, isFrequency, isRate, readNumber } from './util.js';

const EVERY = new Set(['every', 'each', 'per']);

export const setParser: Parser = (w, i) => {
  const a = w[i];
  if (!a) return null;
  const fixed = SETS.get(a.lower);
  if (fixed !== undefined) {
    // "annual report", "quarterly dividend": a reporting term, not a recurrence of its own;
    // "his weekly radio address", "the daily tally" stay (data/time/relative.json#setsBeforeNouns)
    if (w[i + 1]?.pos === 'NOUN' && !SETS_BEFORE_NOUNS.has(a.lower)) return null;
    // "declared its initial quarterly of five cents": the noun (a quarterly dividend)
    if (w[i + 1]?.lower === 'of') return null;
    // "revenue to rise 20% annually", "10,000 units annually": the figure's rate, which the
    // quantities stage records ("%/year"), as it does "20% a year"
    if (afterFigure(w, i)) return null;
    return cand(i, i + 1, `set#${a.lower}`, 'SET', { k: 'fixed', value: fixed });
  }
  const every = EVERY.has(a.lower);
  // "twice a year": a frequency, hence a recurrence. An amount per unit ("$1.76 a year",
  // "£1bn a year", "20% a year", "four flights a week") is the figure's unit, which the
  // quantities stage records (unit "USD/year"); TimeBank tags 2 of 14 such rates.
  const timesA = isFrequency(w, i);
  if ((!every && !timesA) || (!timesA && isRate(w, i))) return null;
  const b = w[i + 1];
  if (!b) return null;
  const wd = WEEKDAYS.get(b.lower.replace(/s$/, ''));
  if (wd !== undefined && every)
    return cand(i, i + 2, 'set#weekday', 'SET', { k: 'fixed', value: `XXXX-WXX-${wd}` });
  const m = MONTHS.get(b.lower);
  if (m !== undefined && every && b.text[0] !== b.lower[0]) {
    return cand(i, i + 2, 'set#month', 'SET', {
      k: 'fixed',
      value: `XXXX-${String(m).padStart(2, '0')}`,
    });
  }
  const u = UNITS.get(b.lower);
  const after = w[i + 2]?.lower;
  if (timesA && (after === 'ago' || after === 'earlier' || after === 'later' || after === 'before'))
    return null;
  if (u && !u.plural)
    return cand(i, i + 2, 'set#unit', 'SET', { k: 'fixed', value: durationValue(1, u) });
  if (every && a.lower === 'every') {
    const num = readNumber(w, i + 1);
    const u2 = num ? UNITS.get(w[num.e]?.lower ?? '') : undefined;
    if (num && u2)
      return cand(i, num.e + 1, 'set#every-n', 'SET', {
        k: 'fixed',
        value: durationValue(num.n, u2),
      });
  }
  return null;
};
