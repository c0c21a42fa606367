/**
 * Reads an outlet name starting at `from`: capitalised words and acronyms, joined by
 * "of", "the", "and", "&" (The New York Times, Radio Free Europe/Radio Liberty, UNN).
 * A plain loop, not a regex, so that long capitalised runs cannot backtrack.
 */
import type { Span } from '../../../core/record.js';

const JOINERS = new Set(['of', 'the', 'and', '&', 'de', 'du', 'der']);
const MAX_WORDS = 8;

export function readName(text: string, from: number, limit = text.length): Span | null {
  let i = from;
  while (i < limit && text[i] === ' ') i++;
  const start = i;
  let end = -1;
  let words = 0;
  while (i < limit && words < MAX_WORDS) {
    let j = i;
    while (j < limit && /[\p{L}\p{N}.&'/-]/u.test(text[j] as string)) j++;
    if (j === i) break;
    let word = text.slice(i, j);
    // a trailing period ends the sentence unless the word is an acronym like "U.S."
    const dotted = /^(?:\p{Lu}\.)+$/u.test(word);
    if (word.endsWith('.') && !dotted) {
      word = word.slice(0, -1);
      j--;
    }
    const capital = /^[\p{Lu}\p{N}]/u.test(word);
    if (capital) end = j;
    else if (!JOINERS.has(word.toLowerCase()) || end < 0) break;
    words++;
    i = j;
    if (text[i] !== ' ') break;
    i++;
  }
  if (end < 0) return null;
  return { start, end, text: text.slice(start, end) };
}
