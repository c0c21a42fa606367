/**
 * Repairs wink's sentence boundaries for news text:
 * - a line break always ends a sentence (headlines, datelines and bylines have no period);
 * - a boundary right after an abbreviation (data/abbreviations.json: Gen., Jan., p.m., D.C.)
 *   is undone when the next token continues the sentence (a lower-case word, a digit, or a
 *   name after a title);
 * - closing quotation marks after sentence-final punctuation stay with the sentence they close,
 *   which a lower-case word after them continues (closing-quotes.ts).
 */
import abbreviations from '../../../../data/abbreviations.json' with { type: 'json' };
import type { Token } from '../../../core/record.js';
import { closingQuotes } from './closing-quotes.js';

const TITLES = new Set(abbreviations.titles.map((s) => s.toLowerCase()));
const ANY_ABBREV = new Set(
  [...abbreviations.titles, ...abbreviations.months, ...abbreviations.other].map((s) =>
    s.toLowerCase(),
  ),
);

/** Is the token (with the period that may follow it) an abbreviation? */
function abbreviationBefore(text: string, tokens: Token[], last: number): string | null {
  const tok = tokens[last];
  if (!tok) return null;
  // wink keeps "U.S." or "p.m." whole, or splits the final "." off "Gen."
  let word = tok.text;
  if (word === '.') {
    const prev = tokens[last - 1];
    if (!prev || prev.end !== tok.start) return null;
    word = prev.text;
  } else if (word.endsWith('.')) {
    word = word.slice(0, -1);
  } else {
    return null;
  }
  const key = word.toLowerCase();
  if (ANY_ABBREV.has(key)) return key;
  // single initials: "John F. Kennedy"
  if (/^[A-Z]$/.test(word) && text[tok.end] === ' ') return key;
  return null;
}

function continues(next: Token, abbrev: string): boolean {
  if (/^[a-z0-9]/.test(next.text)) return true;
  if (TITLES.has(abbrev) || abbrev.length === 1) return /^[A-Z]/.test(next.text);
  return false;
}

/** Returns sentences as [firstToken, lastToken] pairs covering every token in order. */
export function repairSentences(
  text: string,
  tokens: Token[],
  bounds: [number, number][],
): [number, number][] {
  if (tokens.length === 0) return [];
  // boundaries as a set of "a sentence starts at token i"
  const starts = new Set<number>([0]);
  for (const [first] of bounds) starts.add(first);
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1] as Token;
    const tok = tokens[i] as Token;
    const gap = text.slice(prev.end, tok.start);
    if (gap.includes('\n')) {
      starts.add(i);
    } else if (starts.has(i)) {
      const abbrev = abbreviationBefore(text, tokens, i - 1);
      if (abbrev && continues(tok, abbrev)) starts.delete(i);
    }
  }
  const sorted = [...closingQuotes(text, tokens, starts)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let k = 0; k < sorted.length; k++) {
    const first = sorted[k] as number;
    const last = (sorted[k + 1] ?? tokens.length) - 1;
    if (last >= first) out.push([first, last]);
  }
  return out;
}
