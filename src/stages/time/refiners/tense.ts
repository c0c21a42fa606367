/**
 * The direction a year-less date or a bare weekday points to, read from the nearest tense
 * cue around the expression: a future cue ("will", "'ll", "expected", "scheduled") before a
 * past one ("said", "was", a verb in -ed) means forward; otherwise news' past bias applies.
 */
import { FUTURE_CUES } from '../lexicon.js';
import type { Cand, Word } from '../types.js';

const PAST = new Set([
  'said',
  'was',
  'were',
  'had',
  'did',
  'told',
  'says',
  'went',
  'came',
  'took',
  'made',
  'began',
  'left',
  'met',
  'fell',
  'rose',
  'won',
  'lost',
  'saw',
  'got',
  'gave',
  'ago',
]);
const REACH = 10;
/** words right before a date that make it a deadline or start: "by May", "effective Feb. 1" */
const FORWARD_LEADS = new Set([
  'by',
  'until',
  'through',
  'effective',
  'payable',
  'starting',
  'till',
]);

function cue(x: Word, before: Word | undefined): number {
  // "had been scheduled to expire Friday": a plan in the past
  if (FUTURE_CUES.has(x.lower) && x.pos !== 'NOUN' && x.pos !== 'PROPN')
    return before && (before.lower === 'had' || before.lower === 'been') ? -1 : 1;
  if (PAST.has(x.lower) || (x.pos === 'VERB' && x.lower.endsWith('ed'))) return -1;
  return 0;
}

/** true when the expression's clause points forward from the publication date */
export function pointsForward(w: readonly Word[], c: Cand): boolean {
  const sentence = w[c.s]?.sentence;
  const lead = w[c.s - 1];
  if (lead && lead.sentence === sentence && FORWARD_LEADS.has(lead.lower)) return true;
  for (let k = c.s - 1; k >= 0 && k >= c.s - REACH; k--) {
    const x = w[k];
    if (!x || x.sentence !== sentence) break;
    const v = cue(x, w[k - 1]);
    if (v !== 0) return v > 0;
  }
  for (let k = c.e; k < w.length && k < c.e + REACH; k++) {
    const x = w[k];
    if (!x || x.sentence !== sentence) break;
    const v = cue(x, w[k - 1]);
    if (v !== 0) return v > 0;
  }
  return false;
}
