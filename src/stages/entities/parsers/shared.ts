/**
 * Country references at a token, shared by the parsers that build on them: a demonym
 * ("Ukrainian"), a country name or code ("Ukraine", "U.S.", "DPRK").
 */
import type { Token } from '../../../core/record.js';
import { firstPiece, lexicon } from '../lexicon.js';
import { longestPhrase } from '../match.js';

export interface CountryRef {
  last: number;
  country: string | null;
  /** group key for ethnic/religious demonyms without a country */
  key: string;
  demonym: boolean;
}

export function countryAt(text: string, tokens: readonly Token[], i: number): CountryRef | null {
  const lex = lexicon();
  const t = tokens[i];
  if (!t || !lex.firstPieces.has(firstPiece(t.text))) return null;
  const hit = longestPhrase(text, tokens, i, lex.phrases, lex.maxChars, 6);
  if (!hit) return null;
  const written = text.slice(t.start, (tokens[hit.last] as Token).end).replace(/\s+/g, ' ');
  const e = hit.entries.find(
    (x) =>
      (x.type === 'country' || (x.form === 'demonym' && x.key.startsWith('group:'))) &&
      (!x.caseSensitive || x.phrase === written),
  );
  if (!e || !/\p{Lu}/u.test(written)) return null;
  return { last: hit.last, country: e.country, key: e.key, demonym: e.form === 'demonym' };
}
