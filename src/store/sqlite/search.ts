/**
 * Full-text search over the FTS5 index: bm25 ranking (title weighted above body), the
 * since/until/outlet filters and a snippet around the match. The user's text is parsed by
 * ../websearch.ts and rendered with every term quoted (toFts5), so no typed character is an
 * FTS5 operator and any text is a valid query; an error from SQLite all the same becomes a
 * one-line SitrepError that does not echo a long query, never a crash.
 */
import type Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';
import { checkQuery } from '../query.js';
import { shortQuote, toFts5 } from '../websearch.js';
import type { SearchHit, SearchQuery } from '../store.js';

/** bm25 column weights: a word in the title counts as much as five in the body. */
const TITLE_WEIGHT = 5.0;
const TEXT_WEIGHT = 1.0;

const SQL = `
  SELECT r.id, r.title, r.published, r.outlet,
         snippet(records_fts, -1, '[', ']', '…', 16) AS snippet,
         bm25(records_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS rank
  FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
  WHERE records_fts MATCH @text
    AND (@since IS NULL OR substr(r.published, 1, length(@since)) >= @since)
    AND (@until IS NULL OR substr(r.published, 1, length(@until)) <= @until)
    AND (@outlet IS NULL OR r.outlet = @outlet COLLATE NOCASE)
  ORDER BY rank
  LIMIT @limit`;

interface Row {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  snippet: string;
  rank: number;
}

export function searchStatement(db: Database.Database): (q: SearchQuery) => SearchHit[] {
  const stmt = db.prepare(SQL);
  return (query) => {
    const q = checkQuery(query);
    let rows: Row[];
    try {
      const { since, until, outlet, limit } = q;
      rows = stmt.all({ text: toFts5(q.parsed), since, until, outlet, limit }) as Row[];
    } catch (err) {
      throw explainFtsError(q.text, err);
    }
    // bm25 is lower-is-better; the port's score is higher-is-better
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      published: r.published,
      outlet: r.outlet,
      snippet: r.snippet,
      score: -r.rank,
    }));
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
