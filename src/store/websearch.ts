/**
 * The search syntax, parsed once for every store: plain text as a person types it, read the way
 * web search engines (and PostgreSQL's websearch_to_tsquery) read it.
 *
 * - words are all required: `maternity pay`
 * - `"quoted words"` are a phrase (an unclosed quote runs to the end)
 * - `-word` or `-"a phrase"` leaves out articles that have it; `NOT word` (upper case) is the same
 * - `OR` (any case) between words or phrases accepts either side; `AND` (upper case) is the default
 *   and is ignored
 * - everything else is text: punctuation never makes a query invalid (`U.S.`, `don't`, `e-mail`,
 *   `100%`, `c++`, `a:b`, `(pay`), it only separates words as the store's tokenizer does; a word
 *   without a letter or digit is dropped
 *
 * A query is capped (MAX_QUERY_CHARS characters, MAX_TERMS words and phrases) so that no query
 * can keep the database busy for long, and every error is one line that never repeats a long
 * query. Each store renders the parsed query in its own syntax (toFts5, toWebsearch), so the
 * same text means the same thing on SQLite and PostgreSQL.
 *
 * @example
 * parseSearch('blair -brown OR "gordon brown"')
 * // [{ include: ['blair'], exclude: ['brown'] }, { include: ['gordon brown'], exclude: [] }]
 */
import { SitrepError } from '../core/errors.js';

export const MAX_QUERY_CHARS = 1000;
export const MAX_TERMS = 32;

/** One alternative of a query: every `include` term, none of the `exclude` terms. */
export interface Clause {
  include: string[];
  exclude: string[];
}

/** A parsed query: any of its clauses (OR). */
export type ParsedSearch = Clause[];

const HAS_WORD = /[\p{L}\p{N}]/u;

interface Token {
  kind: 'term' | 'or';
  text: string;
  negated: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let negateNext = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negated = negateNext;
    negateNext = false;
    if (c === '-' && i + 1 < text.length && !/\s/.test(text[i + 1] as string)) {
      negated = true;
      i++;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close;
      out.push({ kind: 'term', text: text.slice(i + 1, end), negated });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end] as string) && text[end] !== '"') end++;
    const word = text.slice(i, end);
    i = end;
    if (!negated && /^or$/i.test(word)) out.push({ kind: 'or', text: word, negated: false });
    else if (!negated && word === 'NOT') negateNext = true;
    else if (!negated && word === 'AND') continue;
    else out.push({ kind: 'term', text: word, negated });
  }
  return out;
}

/** Parses a query, or throws a one-line SitrepError that does not echo a long query. */
export function parseSearch(text: string): ParsedSearch {
  if (text.length > MAX_QUERY_CHARS)
    throw new SitrepError(
      `search query too long (${text.length} characters; at most ${MAX_QUERY_CHARS})`,
    );
  const clauses: Clause[] = [{ include: [], exclude: [] }];
  let terms = 0;
  for (const t of tokens(text)) {
    if (t.kind === 'or') {
      if ((clauses.at(-1) as Clause).include.length > 0) clauses.push({ include: [], exclude: [] });
      continue;
    }
    const words = t.text.replace(/\s+/g, ' ').trim();
    if (!HAS_WORD.test(words)) continue;
    if (++terms > MAX_TERMS)
      throw new SitrepError(
        `search query has too many words and phrases (at most ${MAX_TERMS}); shorten it`,
      );
    const clause = clauses.at(-1) as Clause;
    (t.negated ? clause.exclude : clause.include).push(words);
  }
  // an alternative of exclusions only cannot be searched for: it goes with the one before it
  const out: Clause[] = [];
  for (const c of clauses) {
    if (c.include.length > 0) out.push(c);
    else if (out.length > 0) (out.at(-1) as Clause).exclude.push(...c.exclude);
  }
  if (out.length === 0)
    throw new SitrepError(
      `nothing to search for in ${shortQuote(text)}: give a word or "phrase" to find ` +
        '(-word and NOT word only leave words out)',
    );
  return out;
}

/** A query for a message: quoted, cut to 40 characters. */
export function shortQuote(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/** FTS5 MATCH syntax: every term a quoted string, so no character is read as an operator. */
export function toFts5(q: ParsedSearch): string {
  const str = (t: string) => `"${t.replace(/"/g, '""')}"`;
  return q
    .map((c) => {
      const inc = c.include.map(str).join(' AND ');
      const all = c.include.length > 1 ? `(${inc})` : inc;
      return c.exclude.length === 0
        ? `(${all})`
        : `(${all} NOT (${c.exclude.map(str).join(' OR ')}))`;
    })
    .join(' OR ');
}

/**
 * websearch_to_tsquery syntax, written back in its canonical form (every term quoted). Hyphens
 * become spaces: PostgreSQL's parser reads 'shot-down' as the compound plus its parts, which
 * text written 'shot down' does not have, where FTS5 reads two words either way.
 */
export function toWebsearch(q: ParsedSearch): string {
  const str = (t: string) => `"${t.replace(/["-]/g, ' ')}"`;
  return q
    .map((c) => [...c.include.map(str), ...c.exclude.map((t) => `-${str(t)}`)].join(' '))
    .join(' OR ');
}
