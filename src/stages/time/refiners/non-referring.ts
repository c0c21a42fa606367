/**
 * Drops candidates that look like time expressions but do not refer to a time, after
 * overlaps are settled: "Now," opening a sentence is a discourse marker ("Now, he says, it
 * looks like...") that stages the argument, not the present (TimeML 1.2.1 tags "now" only
 * where it refers to the present; none of the sentence-initial "Now," in TempEval-3 train
 * is annotated, while "Now the court..." without the comma mostly is, and so are "for now",
 * "until now", which stay).
 */
import type { Cand, Word } from '../types.js';

function isDiscourseNow(w: readonly Word[], c: Cand): boolean {
  if (c.rule !== 'time/parsers/fixed#now' || c.e - c.s !== 1) return false;
  const now = w[c.s];
  const before = w[c.s - 1];
  const after = w[c.e];
  if (!now || now.text !== 'Now') return false;
  const opensSentence = before === undefined || before.sentence !== now.sentence;
  return opensSentence && after?.lower === ',' && after.sentence === now.sentence;
}

export function dropNonReferring(w: readonly Word[], cands: readonly Cand[]): Cand[] {
  return cands.filter((c) => !isDiscourseNow(w, c));
}
