/**
 * The direction a year-less date or a bare weekday points to, read from the nearest tense
 * cue around the expression: a future cue ("will", "'ll", "expected", "scheduled") before a
 * past one ("said", "was", a verb in -ed) means forward; otherwise news' past bias applies.
 */
import {
  BARE_AUX,
  FUTURE_CUES,
  IRREGULAR_PAST,
  NEAREST_CUES,
  NOT_PAST,
  PAST_WORDS,
  PRESENT_AUX,
  PRESENT_MODALS,
  REPORTING_PRESENT,
} from '../lexicon.js';
import type { Cand, Word } from '../types.js';

const REACH = 10;
/** how far back a clause's head may sit (bounded: a 100k-word sentence stays linear) */
const FAR = 40;
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
  // "since March": a start in the past, whatever the clause's tense ("it is the first ... since")
  if (a.lower === 'since') return -1;
  // "ahead of Sunday's vote", "ahead of the weekend": still to come
  if (a.lower === 'of' && b?.lower === 'ahead') return 1;
  return 0;
}

/** a cue for the present ("is heard in May"): the nearest reading of the date wins */
const PRESENT = 2;

/** a verb form that reads as a past tense: "said", "announced" (not "succeed", "need") */
export function pastForm(x: Word): boolean {
  if (PAST_WORDS.has(x.lower)) return true;
  if (x.pos !== 'VERB') return false;
  return IRREGULAR_PAST.has(x.lower) || (x.lower.endsWith('ed') && !NOT_PAST.has(x.lower));
}

/**
 * A finite present right after its subject ("Arafat meet Monday", "the team plays Sunday"):
 * PRESENT, the nearest reading; a reporting verb ("officials say") keeps the past bias (-1).
 */
function presentCue(x: Word, before: Word | undefined, verbBefore: Word | undefined): number {
  if (x.pos !== 'VERB' || !before || x.lower.endsWith('ing')) return 0;
  if (before.pos !== 'PROPN' && before.pos !== 'NOUN' && before.pos !== 'PRON') return 0;
  // "help Ukraine survive the winter", "let them go": a bare infinitive after an object
  if (verbBefore?.pos === 'VERB' || verbBefore?.pos === 'AUX') return 0;
  return REPORTING_PRESENT.has(x.lower) ? -1 : PRESENT;
}

/**
 * Headlines say what is planned with a bare "to": "Foreign ministers to discuss Ukraine in
 * Paris on Friday", "Talks to take place Friday, official says", "Ukraine confirms talks to be
 * held on Monday". Not after a past verb ("went to Kyiv to meet him on Friday") nor in a
 * sentence with an auxiliary ("the countries to accede on Friday were Poland and ...").
 */
function headlineFuture(w: readonly Word[], k: number): boolean {
  const next = w[k + 1];
  const sentence = w[k]?.sentence;
  // "to discuss", "to be held"
  const base = next?.lower === 'be' || (next?.pos === 'VERB' && !/(?:ed|ing)$/.test(next.lower));
  if (!next || !base) return false;
  if (w[k - 1]?.sentence !== sentence) return false;
  let j = k - 1;
  while (j > 0 && j > k - FAR && w[j - 1]?.sentence === sentence) j--;
  for (; j < w.length && j < k + FAR && w[j]?.sentence === sentence; j++) {
    const x = w[j] as Word;
    if ((x.pos === 'AUX' && j !== k + 1) || (x.pos === 'VERB' && j < k && pastForm(x)))
      return false;
  }
  return true;
}

/** "during Thursday's summits": the possessive day times the clause after all */
const DURING = new Set(['during', 'at']);
/** tags before a participle that make it an adjective ("the annexed", "4 occupied") */
const ATTRIBUTIVE = new Set(['DET', 'NUM', 'ADJ']);

function attributive(w: readonly Word[], k: number): boolean {
  const x = w[k] as Word;
  const before = w[k - 1];
  if (x.pos !== 'VERB' || PAST_WORDS.has(x.lower) || !before || !ATTRIBUTIVE.has(before.pos))
    return false;
  const next = w[k + 1]?.pos;
  return next === 'NOUN' || next === 'ADJ' || next === 'PROPN';
}

function cue(w: readonly Word[], k: number): number {
  const x = w[k];
  if (!x) return 0;
  const before = w[k - 1];
  if (x.lower === 'to' && before && PLAN_BEFORE_TO.has(before.lower)) return 1;
  if (x.lower === 'to' && headlineFuture(w, k)) return 1;
  // "had been scheduled to expire Friday": a plan in the past
  if (FUTURE_CUES.has(x.lower) && x.pos !== 'NOUN' && x.pos !== 'PROPN')
    return before && (before.lower === 'had' || before.lower === 'been') ? -1 : 1;
  if (PRESENT_AUX.has(x.lower) || NEAREST_CUES.has(x.lower)) return PRESENT;
  // "can participate ... in April": nearest; "may have left Monday": a past
  if (x.pos === 'AUX' && PRESENT_MODALS.has(x.lower)) {
    const next = w[k + 1]?.lower;
    return next === 'have' || next === "'ve" ? -1 : PRESENT;
  }
  if (!pastForm(x)) return presentCue(x, before, w[k - 2]);
  // "4 occupied regions", "the annexed territories": a participle before its noun is no tense
  if (attributive(w, k)) return 0;
  // a participle after an auxiliary takes the auxiliary's tense: "will be named" (read on to
  // "will"), "is heard" (present)
  if (x.pos === 'VERB' && !PAST_WORDS.has(x.lower) && before) {
    if (BARE_AUX.has(before.lower)) return 0;
    if (PRESENT_AUX.has(before.lower)) return PRESENT;
  }
  return -1;
}

/**
 * 1 when the expression's clause points forward from the publication date, -1 when it points
 * back (or says nothing: news' past bias), 0 after a deadline word with no tense cue ("by
 * May", "effective Feb. 1", "through January"): then the nearest reading wins.
 */
export function tenseOf(w: readonly Word[], cand: Cand): number {
  // "April 24 and 25": the second day shares the clause, and the cues, of the first
  const c = cand.rule.endsWith('#second') ? { ...cand, s: Math.max(0, cand.s - 3) } : cand;
  const lead = leadDirection(w, c);
  if (lead !== 0) return lead;
  // "get around Wednesday's ruling": a possessive date names an event of its own, which the
  // clause's verb ("would get around") does not time; news' past bias applies (not after
  // "during", "at": "will unveil sanctions during Thursday's summits")
  if (w[c.e]?.lower === "'s" && w[c.e]?.glued && !DURING.has(w[c.s - 1]?.lower ?? '')) return -1;
  const t = cueDirection(w, c);
  if (t === PRESENT) return 0;
  if (t !== 0) return t;
  const prev = w[c.s - 1];
  return prev && prev.sentence === w[c.s]?.sentence && FORWARD_LEADS.has(prev.lower) ? 0 : -1;
}

function cueDirection(w: readonly Word[], c: Cand): number {
  const sentence = w[c.s]?.sentence;
  for (let k = c.s - 1; k >= 0 && k >= c.s - REACH; k--) {
    const x = w[k];
    if (!x || x.sentence !== sentence) break;
    const v = cue(w, k);
    if (v !== 0) return v;
  }
  for (let k = c.e; k < w.length && k < c.e + REACH; k++) {
    const x = w[k];
    if (!x || x.sentence !== sentence) break;
    const v = cue(w, k);
    if (v !== 0) return v;
  }
  // "Finland will discontinue the EU's last direct train link with Russia on Monday": a clause's
  // future or present head further back still counts (a past one is the default anyway; a
  // reported "would" that far back times something else)
  for (let k = c.s - REACH - 1; k >= 0 && k >= c.s - FAR; k--) {
    const x = w[k];
    if (!x || x.sentence !== sentence) break;
    const v = cue(w, k);
    if (v !== 0) return v === PRESENT || (v > 0 && x.lower !== 'would') ? v : 0;
  }
  return 0;
}
