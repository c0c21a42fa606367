/**
 * An article longer than MAX_ARTICLE_CHARS is read as consecutive parts of at most that many
 * characters, each its own article (origin.part, origin.parts), so that a very long text is
 * processed in time proportional to its length with memory bounded by one part: the stages
 * keep tokens and several layers per article in memory, about 150 MB per MB of text with the
 * default preset. No news article comes near the cap (the longest BBC article is 25,000
 * characters); a book, a log or a dump pasted as one article does.
 *
 * A part ends at the last paragraph break (blank line) in its window, else the last line
 * break, else the last sentence end, else the last space, so that no sentence is cut unless
 * the text has no breaks at all (then at the cap, never inside a surrogate pair).
 *
 * @example splitLong({ origin, text: 'x'.repeat(1_200_000) }) // 3 parts: 500k, 500k, 200k
 */
import type { RawArticle, ReadResult } from './types.js';

/** Longest text read as one article, in characters (about 80,000 words of English). */
export const MAX_ARTICLE_CHARS = 500_000;

/** The offsets where parts of `text` end (the last is text.length). */
export function partEnds(text: string, max = MAX_ARTICLE_CHARS): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from, from + max);
    let cut = -1;
    for (const mark of ['\n\n', '\n', '. ', ' ']) {
      const at = window.lastIndexOf(mark);
      // a break is used only in the window's second half, so parts stay near the cap
      if (at >= max / 2) {
        cut = at + mark.length;
        break;
      }
    }
    if (cut < 0) {
      cut = max;
      const c = window.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // keep a surrogate pair whole
    }
    from += cut;
    ends.push(from);
  }
  ends.push(text.length);
  return ends;
}

/** The article itself when it fits, else its parts in order. */
export function splitLong(article: RawArticle, max = MAX_ARTICLE_CHARS): RawArticle[] {
  if (article.text.length <= max) return [article];
  const texts: string[] = [];
  let start = 0;
  for (const end of partEnds(article.text, max)) {
    const text = article.text.slice(start, end);
    start = end;
    if (text.trim() !== '') texts.push(text); // white space after the last break is no part
  }
  return texts.map((text, i) => ({
    ...article,
    text,
    origin: { ...article.origin, part: i + 1, parts: texts.length },
  }));
}

/** splitLong over read results (problems pass through). */
export function* splitResults(results: Iterable<ReadResult>): Generator<ReadResult> {
  for (const r of results) {
    if ('article' in r) for (const article of splitLong(r.article)) yield { article };
    else yield r;
  }
}
