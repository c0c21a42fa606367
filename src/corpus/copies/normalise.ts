/**
 * The text as the copies stage compares it. Two normalisations:
 * - `exactKey`: lower-case, punctuation dropped, whitespace collapsed, then hashed, so that a
 *   copy re-typed with other quotes, dashes, line breaks or capitals is still an exact copy
 *   (the record id already hashes the text as written, so identical texts are one record);
 * - `paragraphWords`: the same lower-cased words, kept paragraph by paragraph, for shingling
 *   (a shingle never spans a line break, so reordered paragraphs keep every shingle).
 */
import { createHash } from 'node:crypto';

/** letters and digits, with the apostrophes and hyphens inside a word dropped ("don't" -> dont) */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const INNER = /['’-]/g;

export function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.toLowerCase().matchAll(WORD)) out.push(m[0].replace(INNER, ''));
  return out;
}

/** the words of each non-empty line */
export function paragraphWords(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.normalize('NFKC').split('\n')) {
    const w = words(line);
    if (w.length > 0) out.push(w);
  }
  return out;
}

/** hash of the strong normalisation; null when the text has no word at all */
export function exactKey(text: string): string | null {
  const all = paragraphWords(text).flat();
  if (all.length === 0) return null;
  return createHash('sha256').update(all.join(' ')).digest('hex').slice(0, 24);
}
