/**
 * Full-text search over the FTS5 index: bm25 ranking (title weighted above body), the
 * since/until/outlet filters and a snippet around the match. The ranking query computes no
 * snippet: SQLite evaluates a result column for every row it sorts, so a snippet in it was
 * computed for every hit (265 for "film" on the BBC workload) before LIMIT kept 20 - two
 * thirds of the search time. Snippets are made afterwards for the rows kept only, from
 * their text (../snippet.ts reads words as this index does). The user's text is parsed by
 * ../websearch.ts and rendered with every term quoted (toFts5), so no typed character is an
 * FTS5 operator and any text is a valid query; an error from SQLite all the same becomes a
 * one-line SitrepError that does not echo a long query, never a crash.
 */
import type Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';
import { checkQuery } from '../query.js';
import { snippetOf } from '../snippet.js';
import { shortQuote, toFts5 } from '../websearch.js';
import type { SearchHit, SearchQuery } from '../store.js';

/** bm25 column weights: a word in the title counts as much as five in the body. */
const TITLE_WEIGHT = 5.0;
const TEXT_WEIGHT = 1.0;

const SQL = `
  SELECT r.rowid AS rowid, r.id, r.title, r.published, r.outlet,
         bm25(records_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS rank
  FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
  WHERE records_fts MATCH @text
    AND (@since IS NULL OR substr(r.published, 1, length(@since)) >= @since)
    AND (@until IS NULL OR substr(r.published, 1, length(@until)) <= @until)
    AND (@outlet IS NULL OR r.outlet = @outlet COLLATE NOCASE)
  ORDER BY rank
  LIMIT @limit`;

/** the title and text of the ranked rows kept, for their snippets */
const TEXTS_SQL = `
  SELECT rowid, title, text FROM records
  WHERE rowid IN (SELECT value FROM json_each(@rowids))`;

interface Row {
  rowid: number;
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  rank: number;
}

export function searchStatement(db: Database.Database): (q: SearchQuery) => SearchHit[] {
  const stmt = db.prepare(SQL);
  const textsStmt = db.prepare<
    { rowids: string },
    { rowid: number; title: string | null; text: string }
  >(TEXTS_SQL);
  // one read transaction: the snippets come from the same snapshot as the ranking
  const run = db.transaction((text: string, q: ReturnType<typeof checkQuery>): SearchHit[] => {
    const { since, until, outlet, limit } = q;
    const rows = stmt.all({ text, since, until, outlet, limit }) as Row[];
    const rowids = JSON.stringify(rows.map((r) => r.rowid));
    const texts = new Map(textsStmt.all({ rowids }).map((r) => [r.rowid, r]));
    // bm25 is lower-is-better; the port's score is higher-is-better
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      published: r.published,
      outlet: r.outlet,
      snippet: snippetOf(texts.get(r.rowid)?.text ?? '', q.parsed, texts.get(r.rowid)?.title),
      score: -r.rank,
    }));
  });
  return (query) => {
    const q = checkQuery(query);
    try {
      return run(toFts5(q.parsed), q);
    } catch (err) {
      throw explainFtsError(q.text, err);
    }
  };
}

/** Turns SQLite's complaint about a MATCH expression into a user error; rethrows the rest. */
export function explainFtsError(text: string, err: unknown): Error {
  const code = (err as { code?: unknown }).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code !== 'SQLITE_ERROR') return err instanceof Error ? err : new Error(message);
  const why = message.replace(/^fts5: /, '').slice(0, 80);
  return new SitrepError(`search query ${shortQuote(text)} could not be run (${why})`);
}
