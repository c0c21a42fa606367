/**
 * Checks a SearchQuery before any backend runs it, so every Store answers bad input with the
 * same one-line SitrepError: an empty, too long or wordless query, a date that is not ISO, a
 * limit that is not a positive whole number. The query text is parsed here (websearch.ts), once
 * for every store.
 */
import { isValidIsoDate } from '../core/dates.js';
import { SitrepError } from '../core/errors.js';
import type { ScanQuery, SearchQuery } from './store.js';
import { parseSearch, type ParsedSearch } from './websearch.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 10_000;

export interface CheckedQuery {
  text: string;
  /** the text parsed: render it with toFts5 or toWebsearch */
  parsed: ParsedSearch;
  since: string | null;
  until: string | null;
  outlet: string | null;
  limit: number;
}

export function checkQuery(q: SearchQuery): CheckedQuery {
  const text = q.text.trim();
  if (text === '') throw new SitrepError('empty search query: give a word or phrase to look for');
  const parsed = parseSearch(text);
  const since = checkDate(q.since, 'since');
  const until = checkDate(q.until, 'until');
  if (since && until && since.slice(0, 10) > until.slice(0, 10)) {
    throw new SitrepError(`--since ${since} is after --until ${until}: no article can match`);
  }
  const limit = q.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new SitrepError(
      `--limit must be a whole number from 1 to ${MAX_LIMIT}, not ${String(q.limit)}`,
    );
  }
  const outlet = q.outlet?.trim() || null;
  return { text, parsed, since, until, outlet, limit };
}

function checkDate(value: string | null | undefined, name: string): string | null {
  if (value == null || value.trim() === '') return null;
  const v = value.trim();
  if (!isValidIsoDate(v)) {
    throw new SitrepError(`--${name} "${value}" is not an ISO date (YYYY-MM-DD)`);
  }
  return v;
}

/** Records per page read by scan(). */
export const SCAN_PAGE = 256;

export interface CheckedScan {
  since: string | null;
  until: string | null;
  outlet: string | null;
}

export function checkScan(q: ScanQuery = {}): CheckedScan {
  const since = checkDate(q.since, 'since');
  const until = checkDate(q.until, 'until');
  return { since, until, outlet: q.outlet?.trim() || null };
}

/** An id prefix a person types: 4 to 20 hex digits, any case, read as lower case. */
export function checkIdPrefix(prefix: string): string {
  const p = prefix.trim().toLowerCase();
  if (!/^[0-9a-f]{4,20}$/.test(p)) {
    throw new SitrepError('an id or id prefix is 4 to 20 hex digits (as search prints them)');
  }
  return p;
}

/** A record's list-view fields, read from its columns (the whole JSON is not parsed). */
export interface RecordSummary {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** the text's first LEAD_CHARS characters */
  lead: string;
}

export const LEAD_CHARS = 300;

/**
 * A read-only addition both stores implement (not yet on the Store port): records' list fields
 * without parsing their JSON, which is ~60 KB a BBC record (its events layer mostly).
 */
export interface SummaryReader {
  /** the summaries of these ids that are stored, in id order */
  summaries(ids: readonly string[]): Promise<RecordSummary[]>;
  /** up to `limit` summaries of records matching `query` with an id after `after`, by id */
  summariesAfter(query: ScanQuery, after: string, limit: number): Promise<RecordSummary[]>;
}

/** The store's SummaryReader, or null for a store without one. */
export function summaryReader(store: object): SummaryReader | null {
  const s = store as Partial<SummaryReader>;
  return typeof s.summaries === 'function' && typeof s.summariesAfter === 'function'
    ? (s as SummaryReader)
    : null;
}
