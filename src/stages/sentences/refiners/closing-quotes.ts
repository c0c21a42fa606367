/**
 * Closing quotation marks after a sentence's final punctuation belong to the sentence they close.
 * wink ends the sentence right after the punctuation, or (with NYT's '' written as two
 * apostrophes) between the two apostrophes, so the next sentence starts with a stray mark:
 * `He said it was over.'' Then he left.` came out as `...over.'` + `' Then he left.`, and
 * `She asked, ‘Why?’” He left.` as `...‘Why?’` + `” He left.`.
 *
 * A boundary is moved past the marks when, walking back from it over marks, we reach
 * sentence-final punctuation (. ! ? …, or a word ending in one: "U.S."), and each group of marks
 * after it is closing: the first glued to what precedes it, a later one (NYT's spaced `.' ''`)
 * after white space on the same line, and every group followed by white space or the end of the
 * text (a mark glued to the next word opens a quotation and stays with its sentence). A full
 * stop glued after a mark (`no progress.'.''`) closes with the marks. A lower-case word right
 * after such closing marks continues the sentence (`''Choke!'' blared the front page`, `“Why?”
 * he asked`), as after an abbreviation in repair.ts; a capitalised one ("Weaver said") is left
 * to wink.
 */
import type { Token } from '../../../core/record.js';

/** the marks that can close a quotation, as wink tokenizes them ('' may come as ' + ') */
const MARKS = new Set(["'", "''", '’', '”', '"']);
const FINAL = /[.!?…]$/;
const PUNCT = /^[.!?…]+$/;
/** no closing run is longer (`.' ''` is 4 tokens); bounds the work on hostile runs of marks */
const MAX_RUN = 8;

const isMark = (t: Token | undefined): boolean => t !== undefined && MARKS.has(t.text);

/** a mark, or final punctuation glued after a mark (`no progress.'.''`) */
function isCloser(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t === undefined || isMark(t)) return t !== undefined;
  return prev !== undefined && PUNCT.test(t.text) && isMark(prev) && prev.end === t.start;
}

/** Returns the sentence starts with every boundary that cuts off closing marks moved past them. */
export function closingQuotes(
  text: string,
  tokens: readonly Token[],
  starts: ReadonlySet<number>,
): Set<number> {
  const out = new Set(starts);
  for (const i of starts) {
    if (i === 0 || !isCloser(tokens, i) || !closesAfterFinal(text, tokens, i)) continue;
    const next = pastClosingMarks(text, tokens, i);
    if (next === i) continue;
    out.delete(i);
    if (next < tokens.length && !continues(text, tokens, next)) out.add(next);
  }
  for (const i of out) if (continues(text, tokens, i)) out.delete(i);
  return out;
}

/** a lower-case word right after closing marks continues the sentence (`?'' he asked`) */
function continues(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    t !== undefined &&
    prev !== undefined &&
    /^\p{Ll}[\p{L}'’-]*$/u.test(t.text) &&
    isMark(prev) &&
    !lineBreakBetween(text, prev, t) &&
    closesAfterFinal(text, tokens, i)
  );
}

/** Walking back from token i - 1 over marks (same line), do we reach final punctuation? */
function closesAfterFinal(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_RUN); k--) {
    const t = tokens[k] as Token;
    if (lineBreakBetween(text, t, tokens[k + 1] as Token)) return false;
    if (!isMark(t)) return FINAL.test(t.text) && t.end === (tokens[k + 1] as Token).start;
  }
  return false;
}

/** The first token after the closing marks that start at token i (i itself if none close). */
function pastClosingMarks(text: string, tokens: readonly Token[], i: number): number {
  let end = i;
  for (let j = i; j - i < MAX_RUN && (j === i ? isCloser(tokens, j) : isMark(tokens[j]));) {
    const first = tokens[j] as Token;
    const before = tokens[j - 1] as Token;
    if (lineBreakBetween(text, before, first)) break;
    // white space before a group only after a mark (`.' ''`), never after the punctuation
    if (first.start !== before.end && !isMark(before)) break;
    let k = j + 1;
    while (
      k - i < MAX_RUN &&
      isCloser(tokens, k) &&
      (tokens[k] as Token).start === (tokens[k - 1] as Token).end
    )
      k++;
    const after = text[(tokens[k - 1] as Token).end];
    if (after !== undefined && !/\s/.test(after)) break;
    end = k;
    j = k;
  }
  return end;
}

function lineBreakBetween(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).includes('\n');
}
