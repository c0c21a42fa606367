/**
 * Main clauses of a sentence that no attribution frames: a sentence splits at a semicolon or a
 * spaced dash when both sides hold a verb ("... has decreased - for several weeks, mercenaries
 * ... have not been seen"). Headings and fragments (no verb, fewer than four words) are not claims.
 */
import type { Token } from '../../../core/record.js';

const SPLIT = new Set([';', '-', '—', '–']);
const END_PUNCT = /^[.,;:!?—–-]$/;

export type Range = [number, number];

function hasVerb(tokens: readonly Token[], r: Range): boolean {
  for (let i = r[0]; i <= r[1]; i++) {
    const p = tokens[i]?.pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

function words(tokens: readonly Token[], r: Range): number {
  let n = 0;
  for (let i = r[0]; i <= r[1]; i++) if (/\w/.test(tokens[i]?.text ?? '')) n++;
  return n;
}

function trim(tokens: readonly Token[], r: Range): Range {
  let [a, b] = r;
  while (a <= b && END_PUNCT.test(tokens[a]?.text ?? '')) a++;
  while (b >= a && END_PUNCT.test(tokens[b]?.text ?? '')) b--;
  return [a, b];
}

/** Token ranges of the asserting clauses of the sentence [first, last]. */
export function mainClauses(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): Range[] {
  const parts: Range[] = [];
  let start = first;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t || !SPLIT.has(t.text)) continue;
    // a spaced dash or a semicolon, not a hyphen inside a word
    if (t.text !== ';' && !(/\s/.test(text[t.start - 1] ?? '') && /\s/.test(text[t.end] ?? '')))
      continue;
    const left: Range = [start, i - 1];
    const right: Range = [i + 1, last];
    if (hasVerb(tokens, left) && hasVerb(tokens, right)) {
      parts.push(left);
      start = i + 1;
    }
  }
  parts.push([start, last]);
  return parts
    .map((r) => trim(tokens, r))
    .filter((r) => r[0] <= r[1] && hasVerb(tokens, r) && words(tokens, r) >= 4);
}
