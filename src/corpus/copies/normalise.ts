/**
 * The text as the copies stage compares it: lower-case words (letters and digits; an
 * apostrophe or hyphen inside a word is dropped, "don't" -> dont, "shake-up" -> shakeup),
 * paragraph by paragraph (a line is a paragraph; blank lines do not count). Two uses:
 * - `exactKey`: the hash of all the words in order, so that a copy re-typed with
 *   other quotes, dashes, capitals, spacing or line breaks is still an exact copy (the record
 *   id already hashes the text as written, so byte-identical texts are one record);
 * - `paragraphHashes`: each paragraph's words as 32-bit hashes, the shingles' input (a
 *   shingle never spans a line break, so reordered paragraphs keep every shingle).
 * The word scanner is written over character codes and hashes as it reads (FNV-1a, then
 * murmur3's finaliser): building a string per word was most of the stage's time.
 */
import { createHash } from 'node:crypto';
import { fmix32 } from './hash.js';

const NON_ASCII = /[^\0-\x7f]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wide = new Map<number, boolean>();

function isWideWordCode(c: number): boolean {
  let yes = wide.get(c);
  if (yes === undefined) {
    yes = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    if (wide.size < 4096) wide.set(c, yes);
  }
  return yes;
}

const isWordCode = (c: number): boolean =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWideWordCode(c);

/** apostrophes and hyphens that join the two halves of a word */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0x2010;

/** the lower-cased text (NFKC only where it can change something: ASCII is as is) */
const lower = (text: string) =>
  (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase();

/** each non-empty line's words, as FNV-1a hashes of their characters, finalised */
export function paragraphHashes(text: string): number[][] {
  const s = lower(text);
  const out: number[][] = [];
  let line: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
      continue;
    }
    // "don't", "shake-up": the joiner is dropped and the word goes on
    if (inWord && isJoiner(c) && i + 1 < n && isWordCode(s.charCodeAt(i + 1))) continue;
    if (inWord) {
      line.push(fmix32(h));
      h = 0x811c9dc5;
      inWord = false;
    }
    if (c === 10 && line.length > 0) {
      out.push(line);
      line = [];
    }
  }
  if (inWord) line.push(fmix32(h));
  if (line.length > 0) out.push(line);
  return out;
}

/**
 * hash of the words in order (their 32-bit hashes, so two texts share a key when their
 * normalised words are the same, up to a 32-bit hash collision between two different words);
 * null when the text has no word at all
 */
export function exactKeyOf(paragraphs: readonly (readonly number[])[]): string | null {
  const all = new Uint32Array(paragraphs.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of paragraphs) for (const h of p) all[i++] = h;
  if (all.length === 0) return null;
  return createHash('sha256').update(all).digest('hex').slice(0, 24);
}

export const exactKey = (text: string): string | null => exactKeyOf(paragraphHashes(text));

/**
 * the numbers written in a text, in order of value as written ("2,700" and "2700" are one),
 * joined by spaces: two short texts with other figures are other reports ("2 residential
 * buildings hit" / "3 residential buildings hit")
 */
export function figuresOf(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) out.push(m[0].replace(/,/g, ''));
  return out.sort().join(' ');
}
