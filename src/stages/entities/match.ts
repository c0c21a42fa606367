/**
 * Token helpers shared by the parsers: capitalisation tests and longest phrase lookup over
 * token spans (a phrase matches the exact text between two tokens, whitespace normalised).
 */
import type { Token } from '../../core/record.js';
import { norm } from './lexicon.js';

/** Starts with an upper-case letter (or a digit-free acronym such as "U.S."). */
export function isCap(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = t.text[0] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isAllCaps(t: Token | undefined): boolean {
  return !!t && /^[A-Z][A-Z.&]*$/.test(t.text) && t.text.replace(/[.&]/g, '').length >= 2;
}

export function lower(t: Token | undefined): string {
  return t ? norm(t.text) : '';
}

/** True when no white space separates tokens i and i+1 ("al" "-" "Assad"). */
export function glued(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return !!a && !!b && a.end === b.start;
}

export interface PhraseHit<T> {
  last: number;
  entries: T;
}

/**
 * Longest phrase of `map` starting at token i, at most `maxChars` long and inside one
 * sentence; null when none.
 */
export function longestPhrase<T>(
  text: string,
  tokens: readonly Token[],
  i: number,
  map: ReadonlyMap<string, T>,
  maxChars: number,
  maxTokens = 10,
): PhraseHit<T> | null {
  const a = tokens[i];
  if (!a) return null;
  const starts = prefixesOf(map);
  let best: PhraseHit<T> | null = null;
  for (let j = i; j < tokens.length && j < i + maxTokens; j++) {
    const b = tokens[j] as Token;
    if (b.sentence !== a.sentence || b.end - a.start > maxChars) break;
    const phrase = norm(text.slice(a.start, b.end));
    const hit = map.get(phrase);
    if (hit !== undefined) best = { last: j, entries: hit };
    // no key goes on from here: a longer span only adds characters after these ones (a final
    // sigma, whose lower case changes with what follows, is the exception)
    if (!starts.has(phrase) && !phrase.endsWith('ς')) break;
  }
  return best;
}

const prefixSets = new WeakMap<ReadonlyMap<string, unknown>, Set<string>>();

/**
 * Every proper prefix of every key of `map` (the lexicons hold about 12,000 characters of
 * keys), so that a lookup stops extending a span as soon as no key can match it: it used to
 * normalise and look up up to ten spans at every token, for every lexicon.
 */
function prefixesOf(map: ReadonlyMap<string, unknown>): Set<string> {
  let set = prefixSets.get(map);
  if (!set) {
    set = new Set<string>();
    for (const key of map.keys()) for (let n = 1; n < key.length; n++) set.add(key.slice(0, n));
    prefixSets.set(map, set);
  }
  return set;
}
