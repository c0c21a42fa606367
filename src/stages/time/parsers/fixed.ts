/**
 * Fixed deictic phrases with a value of their own: "now", "currently", "at the moment",
 * "recently", "the past", "the future", "the near term" (data/time/relative.json#fixed).
 */
import { CARDINALS, FIXED, UNITS, VAGUE, phrases } from '../lexicon.js';
import type { Parser, Word } from '../types.js';
import { cand } from './util.js';

const FIXED_PHRASES = phrases(FIXED.keys());

/** "as soon as", "soon after": conjunctions, not times */
function idiom(w: readonly Word[], i: number): boolean {
  const a = w[i]?.lower;
  // "the future of Perrier": the fate of something, not a time
  if (a === 'the' && w[i + 1]?.lower === 'future' && w[i + 2]?.lower === 'of') return true;
  if (a === 'the') {
    // "the past three months", "the past year": a directed unit, not "the past"
    const c = w[i + 2]?.lower ?? '';
    return UNITS.has(c) || CARDINALS.has(c) || VAGUE.has(c) || /^\d/.test(c);
  }
  if (a === 'soon')
    return w[i - 1]?.lower === 'as' || w[i + 1]?.lower === 'as' || w[i + 1]?.lower === 'after';
  return false;
}

export const fixedParser: Parser = (w, i) => {
  if (idiom(w, i)) return null;
  const list = FIXED_PHRASES.get(w[i]?.lower ?? '');
  if (!list) return null;
  for (const parts of list) {
    if (parts.every((p, k) => w[i + k]?.lower === p)) {
      const entry = FIXED.get(parts.join(' '));
      if (!entry) continue;
      const e = i + parts.length;
      return cand(i, e, `fixed#${parts.join('-')}`, entry.type === 'TIME' ? 'TIME' : 'DATE', {
        k: 'fixed',
        value: entry.value,
      });
    }
  }
  return null;
};
