/**
 * The dated-text format (the seed article): optional white space, the word `date`, an ISO date,
 * then the body, which may start on the same line. A `date` header whose date is missing or
 * malformed fails the file: guessing would put a wrong date on every fact in it.
 */
import { isValidIsoDate, toIsoDate } from '../core/dates.js';
import type { ReadOptions, ReadResult } from './types.js';
import { markdownArticle } from './markdown.js';
import { article, problem, quote } from './results.js';
import { splitTitle } from './title.js';

const HEADER = /^\s*date(?!\S)[ \t]*(\S{0,80})/;
const NEXT_LINE_DATE = /^\s*(\d{4}-\d{2}-\d{2}\S{0,60})/;

export type DateHeader =
  { published: string; body: string; bodyOnSameLine: boolean } | { error: string };

/** Reads the `date YYYY-MM-DD` header of a text that starts with the word `date`. */
export function splitDateHeader(text: string): DateHeader {
  const m = HEADER.exec(text.slice(0, 200));
  if (!m) return { error: 'does not start with a "date YYYY-MM-DD" header' };
  let value = m[1] as string;
  let end = m[0].length;
  if (value === '') {
    // the date alone on the next line is accepted; anything else there is the body
    const next = NEXT_LINE_DATE.exec(text.slice(end, end + 200));
    if (!next)
      return {
        error: 'the "date" header has no date (expected "date YYYY-MM-DD" on the first line)',
      };
    value = next[1] as string;
    end += next[0].length;
  }
  const published = isValidIsoDate(value) ? toIsoDate(value) : null;
  if (published === null)
    return {
      error: `malformed date in the "date" header: ${quote(value)} is not a valid ISO date (YYYY-MM-DD)`,
    };
  const rest = text.slice(end);
  return { published, body: rest, bodyOnSameLine: /^[ \t]*\S/.test(rest) };
}

/**
 * One article from a dated text. `markdown` reads the body as markdown (a dated .md file).
 * @example readDatedText(' date 2025-01-31 In three months...', 'a.txt', {})
 */
export function readDatedText(
  text: string,
  path: string,
  _opts: ReadOptions,
  markdown = false,
): ReadResult[] {
  const header = splitDateHeader(text);
  if ('error' in header) return [problem('failed', path, header.error)];
  if (!/\S/.test(header.body))
    return [problem('failed', path, 'no article text after the date header')];
  const origin = { path, url: null, format: 'dated-text' };
  if (markdown) return [markdownArticle(header.body, origin, header.published)];
  const { title, body } = header.bodyOnSameLine
    ? { title: null, body: header.body }
    : splitTitle(header.body);
  return [article(origin, { text: body.trim(), title, published: header.published })];
}
