/**
 * Drops candidates that look like time expressions but do not refer to a time, after
 * overlaps are settled: "Now," opening a sentence is a discourse marker ("Now, he says, it
 * looks like...") that stages the argument, not the present (TimeML 1.2.1 tags "now" only
 * where it refers to the present; none of the sentence-initial "Now," in TempEval-3 train
 * is annotated, while "Now the court..." without the comma mostly is, and so are "for now",
 * "until now", which stay).
 *
 * "today's world", "today's youth": "today's" before a generic head
 * (data/time/relative.json#genericPresent) means the present day in general, not the
 * publication day, which "today's editions" still names. "VOA Today", "USA Today": a
 * capitalised Today right after a name is a title.
 *
 * "the people of tomorrow": "of today/tomorrow" after a noun is the present or future in
 * general. "the early hours of Thursday": a time of night, not a duration. "six months of
 * base pay": an amount of money.
 *
 * "most recently last October": the date times the last of several events, "recently" ranks
 * them.
 *
 * "He was soon released", "cash that soon became a flood": "soon" in a past clause is
 * shortly after a past event, not the future of the publication date (FUTURE_REF); TimeBank
 * and AQUAINT leave it untagged, and tag "soon" only in clauses about what is to come.
 */
import { GENERIC_PRESENT, PAY_NOUNS, UNITS } from '../lexicon.js';
import type { Cand, Word } from '../types.js';
import { pastForm } from './tense.js';

function isDiscourseNow(w: readonly Word[], c: Cand): boolean {
  if (c.rule !== 'time/parsers/fixed#now' || c.e - c.s !== 1) return false;
  const now = w[c.s];
  const before = w[c.s - 1];
  const after = w[c.e];
  if (!now || now.text !== 'Now') return false;
  const opensSentence = before === undefined || before.sentence !== now.sentence;
  return opensSentence && after?.lower === ',' && after.sentence === now.sentence;
}

function isGenericToday(w: readonly Word[], c: Cand): boolean {
  if (c.rule !== 'time/parsers/relative#today' || c.e - c.s !== 1) return false;
  const s = w[c.e];
  if (s?.lower !== "'s" || !s.glued) return false;
  // the head of the noun phrase after "today's": the last of its adjectives and nouns
  let head: Word | undefined;
  for (let k = c.e + 1; k < c.e + 5; k++) {
    const x = w[k];
    if (!x || (x.pos !== 'ADJ' && x.pos !== 'NOUN')) break;
    head = x;
  }
  if (!head || head.pos !== 'NOUN') return false;
  return GENERIC_PRESENT.has(head.lower);
}

function isTitleToday(w: readonly Word[], c: Cand): boolean {
  if (c.rule !== 'time/parsers/relative#today' || c.e - c.s !== 1) return false;
  const t = w[c.s];
  const before = w[c.s - 1];
  return t?.text === 'Today' && before?.sentence === t.sentence && before.pos === 'PROPN';
}

/**
 * "the people of tomorrow", "the Russia of today": "of today/tomorrow" after a noun is the
 * present or future in general, not a day ("as of today", "the end of today" still are)
 */
function isGenericOf(w: readonly Word[], c: Cand): boolean {
  if (!/relative#(?:today|tomorrow)$/.test(c.rule) || c.e - c.s !== 1) return false;
  const of = w[c.s - 1];
  const head = w[c.s - 2];
  if (of?.lower !== 'of' || !head || head.sentence !== w[c.s]?.sentence) return false;
  return (head.pos === 'NOUN' || head.pos === 'PROPN') && !DAY_BOUNDS.has(head.lower);
}

/** nouns whose "of today" is still the day: "the end of today", "the rest of today" */
const DAY_BOUNDS = new Set(['end', 'close', 'start', 'beginning', 'rest', 'middle', 'morning']);

/** "in the early hours of Thursday morning": a time of night, not a span of hours */
function isSmallHours(w: readonly Word[], c: Cand): boolean {
  if (c.e - c.s !== 1 || w[c.s]?.lower !== 'hours') return false;
  return SMALL.has(w[c.s - 1]?.lower ?? '') && w[c.e]?.lower === 'of';
}

const SMALL = new Set(['early', 'small', 'wee']);

/**
 * "a bonus equal to six months of base pay", "two years' salary": a duration counting pay is
 * an amount of money, not a time
 */
function isPayMeasure(w: readonly Word[], c: Cand): boolean {
  if (c.type !== 'DURATION') return false;
  const link = w[c.e];
  const possessive = (link?.lower === "'s" || link?.lower === "'") && link.glued;
  if (link?.lower !== 'of' && !possessive) return false;
  for (let k = c.e + 1; k < c.e + 4; k++) {
    const x = w[k];
    if (!x || x.sentence !== link.sentence) return false;
    if (PAY_NOUNS.has(x.lower)) return true;
    if (x.pos !== 'ADJ' && x.pos !== 'NOUN') return false;
  }
  return false;
}

/** past auxiliaries that put a following "soon" in the past: "was soon released" */
const PAST_AUX = new Set(['was', 'were', 'had']);

function isPastSoon(w: readonly Word[], c: Cand): boolean {
  if (c.rule !== 'time/parsers/fixed#soon') return false;
  const before = w[c.s - 1];
  const after = w[c.e];
  const here = w[c.s]?.sentence;
  if (before && before.sentence === here && PAST_AUX.has(before.lower)) return true;
  return after?.sentence === here && !!after && pastForm(after) && after.pos === 'VERB';
}

/** "CBS's ''60 Minutes''": a capitalised unit word inside a sentence is a title, not a duration */
function isTitleDuration(w: readonly Word[], c: Cand): boolean {
  if (c.type !== 'DURATION' || c.e - c.s < 2) return false;
  const unit = w[c.e - 1];
  const first = w[c.s];
  if (!unit || !first || !UNITS.has(unit.lower)) return false;
  const opens = w[c.s - 1] === undefined || w[c.s - 1]?.sentence !== first.sentence;
  return !opens && unit.text[0] !== unit.lower[0];
}

/**
 * "three were killed, most recently last October": "most recently" ranks the events and the
 * date after it times the last one; it is not a time of its own
 */
function isRankingRecently(w: readonly Word[], c: Cand, next: Cand | undefined): boolean {
  if (c.rule !== 'time/parsers/fixed#recently' || w[c.s - 1]?.lower !== 'most') return false;
  return next !== undefined && next.s === c.e;
}

export function dropNonReferring(w: readonly Word[], cands: readonly Cand[]): Cand[] {
  return cands.filter(
    (c, k) =>
      !isRankingRecently(w, c, cands[k + 1]) &&
      !isDiscourseNow(w, c) &&
      !isGenericToday(w, c) &&
      !isTitleToday(w, c) &&
      !isGenericOf(w, c) &&
      !isSmallHours(w, c) &&
      !isPayMeasure(w, c) &&
      !isTitleDuration(w, c) &&
      !isPastSoon(w, c),
  );
}
