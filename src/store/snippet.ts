/**
 * A search hit's snippet, made from the text of the hits a page keeps: about 16 words around
 * the best cluster of matches, each match (a phrase as one) in [brackets], "…" where the text
 * is cut. Words are read the way the SQLite index reads them (tokenize 'porter unicode61
 * remove_diacritics 2': letters and digits, case and accents folded, Porter stems), so
 * "troops" marks "troop" and "Troops" as FTS5 would.
 *
 * FTS5's own snippet() ran for every hit before LIMIT (SQLite computes a result column for
 * each row it sorts): two thirds of a search's time on the BBC workload. Here the text is not
 * tokenized whole either: the words that may match are found with indexOf on the folded text
 * (a Porter stem keeps the word's first two letters), and only the window shown is split
 * into words.
 *
 * @example
 * snippetOf('UK troops are on standby.', parseSearch('troop'))
 * // 'UK [troops] are on standby.'
 */
import { stemmer } from 'stemmer';
import type { ParsedSearch } from './websearch.js';

/** words shown in a snippet */
export const SNIPPET_WORDS = 16;

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;
const ASCII = /^[\t\n\r\x20-\x7e]*$/;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/g;

const fold = (word: string) =>
  ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(MARKS, '').toLowerCase();
const stem = (folded: string) => (/^[a-z]+$/.test(folded) ? stemmer(folded) : folded);
/** a word as the index keys it: accents and case folded, ASCII words Porter-stemmed */
const keyOf = (word: string) => stem(fold(word));

/** the phrases to mark: every included term of every clause, each as its word keys */
export function phrasesOf(parsed: ParsedSearch): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const clause of parsed)
    for (const term of clause.include) {
      const keys = [...term.matchAll(WORD)].map((m) => keyOf(m[0]));
      const id = keys.join(' ');
      if (keys.length > 0 && !seen.has(id)) {
        seen.add(id);
        out.push(keys);
      }
    }
  return out;
}

/**
 * The text lower-cased and with accents dropped, one code unit for one (so offsets hold);
 * null when that cannot be (a letter whose lower case is longer): the caller tokenizes then.
 */
function foldText(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const out = lower.replace(NON_ASCII, (ch) => {
    const base = ch.normalize('NFD').replace(MARKS, '');
    return base.length === ch.length ? base : ch;
  });
  return out.length === text.length ? out : null;
}

const isWordChar = (s: string, i: number) => i >= 0 && i < s.length && WORD_CHAR.test(s[i]!);

interface Span {
  start: number;
  end: number;
}

/** the word starting at `i` (i at a word start) */
function wordAt(s: string, i: number): Span {
  let j = i;
  while (j < s.length && WORD_CHAR.test(s[j]!)) j++;
  return { start: i, end: j };
}

/** the next word at or after `i` */
function nextWord(s: string, i: number): Span | null {
  let j = i;
  while (j < s.length && !WORD_CHAR.test(s[j]!)) j++;
  return j < s.length ? wordAt(s, j) : null;
}

interface Hit extends Span {
  phrase: number;
}

/** every occurrence of every phrase: candidates by indexOf, confirmed by their stems */
function findHits(folded: string, phrases: readonly string[][]): Hit[] {
  const stems = new Map<string, string>();
  const keyAt = (w: Span) => {
    const word = folded.slice(w.start, w.end);
    let k = stems.get(word);
    if (k === undefined) stems.set(word, (k = stem(word)));
    return k;
  };
  const hits: Hit[] = [];
  phrases.forEach((keys, phrase) => {
    const first = keys[0]!;
    const prefix = first.slice(0, 2);
    for (let i = folded.indexOf(prefix); i >= 0; i = folded.indexOf(prefix, i + 1)) {
      if (isWordChar(folded, i - 1)) continue;
      let w: Span | null = wordAt(folded, i);
      if (keyAt(w) !== first) continue;
      const start = w.start;
      let ok = true;
      for (let j = 1; j < keys.length && ok && w; j++) {
        w = nextWord(folded, w.end);
        ok = w !== null && keyAt(w) === keys[j];
      }
      if (ok && w) hits.push({ start, end: w.end, phrase });
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** the words of text[from, to) */
function wordsIn(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** characters a window of `size` words spans, about (to pick a cluster of hits cheaply) */
const CHARS_PER_WORD = 6;

function render(text: string, hits: readonly Hit[], size: number): string {
  // the hit starting the run with the most distinct phrases, then most hits; earliest wins
  let best = hits[0];
  let bestScore = -1;
  for (const h of hits) {
    const inside = hits.filter(
      (x) => x.start >= h.start && x.end <= h.start + size * CHARS_PER_WORD,
    );
    const score = new Set(inside.map((x) => x.phrase)).size * 1000 + inside.length;
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  // the words around it, enough on each side to centre it
  const reach = size * 40;
  const lo = best ? Math.max(0, best.start - reach) : 0;
  const hi = best ? Math.min(text.length, best.end + reach) : Math.min(text.length, reach);
  const words = wordsIn(text, lo, hi);
  if (words.length === 0) return text.slice(0, 200);
  const firstIdx = best
    ? Math.max(
        0,
        words.findIndex((w) => w.end > best.start),
      )
    : 0;
  const lastInside = best
    ? hits.filter((x) => x.start >= best.start && x.end <= best.start + size * CHARS_PER_WORD)
    : [];
  const end = Math.max(best?.end ?? 0, ...lastInside.map((x) => x.end));
  let lastIdx = words.findIndex((w) => w.start >= end);
  lastIdx = lastIdx < 0 ? words.length : lastIdx;
  const slack = Math.max(0, size - (lastIdx - firstIdx));
  let from = Math.max(0, firstIdx - Math.floor(slack / 2));
  const to = Math.min(words.length, from + size);
  from = Math.max(0, to - size);
  const atStart = lo === 0 && from === 0;
  const atEnd = hi === text.length && to === words.length;
  const a = atStart ? 0 : words[from]!.start;
  const b = atEnd ? text.length : words[to - 1]!.end;
  let out = atStart ? '' : '…';
  let at = a;
  for (const h of hits) {
    if (h.start < at || h.end > b) continue;
    out += `${text.slice(at, h.start)}[${text.slice(h.start, h.end)}]`;
    at = h.end;
  }
  return out + text.slice(at, b) + (atEnd ? '' : '…');
}

function snippetIn(text: string, phrases: readonly string[][]) {
  let folded = foldText(text);
  // a text whose folding changes its length: fold word by word (offsets kept by padding)
  if (folded === null) {
    let f = '';
    let at = 0;
    for (const m of text.matchAll(WORD)) {
      const w = fold(m[0]);
      f += ' '.repeat(m.index - at) + (w.length === m[0].length ? w : m[0].toLowerCase());
      at = m.index + m[0].length;
    }
    folded = f.length === text.slice(0, at).length ? f + ' '.repeat(text.length - at) : text;
  }
  const hits = findHits(folded, phrases);
  return { hits, distinct: new Set(hits.map((h) => h.phrase)).size };
}

/** The snippet of the title or text that holds more of the query (the text when even). */
export function snippetOf(
  text: string,
  parsed: ParsedSearch,
  title: string | null = null,
  size = SNIPPET_WORDS,
): string {
  const phrases = phrasesOf(parsed);
  const body = snippetIn(text, phrases);
  if (title) {
    const head = snippetIn(title, phrases);
    if (head.distinct > body.distinct) return render(title, head.hits, size);
  }
  return render(text, body.hits, size);
}
