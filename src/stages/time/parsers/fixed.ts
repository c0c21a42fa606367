/**
 * Fixed deictic phrases with a value of their own: "now", "currently", "at the moment",
 * "recently", "the past", "the future", "the near term" (data/time/relative.json#fixed), and
 * two with a slot: "at this (crucial) moment", "for a while".
 */
import { CARDINALS, FIXED, UNITS, VAGUE, phrases } from '../lexicon.js';
import type { Cand, Parser, Word } from '../types.js';
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

/** "at this crucial moment": the moment of speaking, whatever adjective describes it */
function thisMoment(w: readonly Word[], i: number): Cand | null {
  if (w[i]?.lower !== 'this' || w[i - 1]?.lower !== 'at') return null;
  const adj = w[i + 1]?.pos === 'ADJ' ? 1 : 0;
  const e = i + 2 + adj;
  if (w[e - 1]?.lower !== 'moment' || w[e - 1]?.sentence !== w[i]?.sentence) return null;
  return cand(i, e, 'fixed#this-moment', 'DATE', { k: 'fixed', value: 'PRESENT_REF' });
}

/** "live without it for a while": an unspecified stretch (TimeBank: PXX) */
function forAWhile(w: readonly Word[], i: number): Cand | null {
  if (w[i]?.lower !== 'a' || w[i + 1]?.lower !== 'while' || w[i - 1]?.lower !== 'for') return null;
  return cand(i, i + 2, 'fixed#a-while', 'DURATION', { k: 'fixed', value: 'PXX' });
}

export const fixedParser: Parser = (w, i) => {
  if (idiom(w, i)) return null;
  const slotted = thisMoment(w, i) ?? forAWhile(w, i);
  if (slotted) return slotted;
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
