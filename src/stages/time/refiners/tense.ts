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

/** "is to resume Tuesday", "set to resume Monday": a plan, so forward (not "due to", "was to") */
const PLAN_BEFORE_TO = new Set(['is', 'are', 'set']);
/** "as soon as Tuesday", "as early as next week": the earliest of a future range */
const EARLIEST = new Set(['soon', 'early']);

/** a lead right before the expression that fixes its direction whatever the verb tense */
function leadDirection(w: readonly Word[], c: Cand): number {
  const a = w[c.s - 1];
  if (!a || a.sentence !== w[c.s]?.sentence) return 0;
  const b = w[c.s - 2];
  const d = w[c.s - 3];
  if (a.lower === 'as' && b && EARLIEST.has(b.lower) && d?.lower === 'as') return 1;
  return 0;
}

function cue(x: Word, before: Word | undefined): number {
  if (x.lower === 'to' && before && PLAN_BEFORE_TO.has(before.lower)) return 1;
  // "had been scheduled to expire Friday": a plan in the past
  if (FUTURE_CUES.has(x.lower) && x.pos !== 'NOUN' && x.pos !== 'PROPN')
    return before && (before.lower === 'had' || before.lower === 'been') ? -1 : 1;
  if (PAST.has(x.lower) || (x.pos === 'VERB' && x.lower.endsWith('ed'))) return -1;
  return 0;
}

/**
 * 1 when the expression's clause points forward from the publication date, -1 when it points
 * back (or says nothing: news' past bias), 0 after a deadline word with no tense cue ("by
 * May", "effective Feb. 1", "through January"): then the nearest reading wins.
 */
export function tenseOf(w: readonly Word[], c: Cand): number {
  const lead = leadDirection(w, c);
  if (lead !== 0) return lead;
  const t = cueDirection(w, c);
  if (t !== 0) return t;
  const prev = w[c.s - 1];
  return prev && prev.sentence === w[c.s]?.sentence && FORWARD_LEADS.has(prev.lower) ? 0 : -1;
}

function cueDirection(w: readonly Word[], c: Cand): number {
  const sentence = w[c.s]?.sentence;
  for (let k = c.s - 1; k >= 0 && k >= c.s - REACH; k--) {
    const x = w[k];
    if (!x || x.sentence !== sentence) break;
    const v = cue(x, w[k - 1]);
    if (v !== 0) return v;
  }
  for (let k = c.e; k < w.length && k < c.e + REACH; k++) {
    const x = w[k];
    if (!x || x.sentence !== sentence) break;
    const v = cue(x, w[k - 1]);
    if (v !== 0) return v;
  }
  return 0;
}
