/**
 * Checks a SearchQuery before any backend runs it, so every Store answers bad input with the
 * same one-line SitrepError: an empty query, a date that is not ISO, a limit that is not a
 * positive whole number.
 */
import { isValidIsoDate } from '../core/dates.js';
import { SitrepError } from '../core/errors.js';
import type { SearchQuery } from './store.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 10_000;

export interface CheckedQuery {
  text: string;
  since: string | null;
  until: string | null;
  outlet: string | null;
  limit: number;
}

export function checkQuery(q: SearchQuery): CheckedQuery {
  const text = q.text.trim();
  if (text === '') throw new SitrepError('empty search query: give a word or phrase to look for');
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
  return { text, since, until, outlet, limit };
}

function checkDate(value: string | null | undefined, name: string): string | null {
  if (value == null || value.trim() === '') return null;
  const v = value.trim();
  if (!isValidIsoDate(v)) {
    throw new SitrepError(`--${name} "${value}" is not an ISO date (YYYY-MM-DD)`);
  }
  return v;
}

/**
 * Inclusive date bounds on a `published` value that may be a date or a date-time: a record
 * published "2025-01-31T10:00Z" is within `until` "2025-01-31". Compares the first
 * `bound.length` characters, which ISO strings allow.
 */
export function withinBounds(
  published: string | null,
  since: string | null,
  until: string | null,
): boolean {
  if (!since && !until) return true;
  if (published === null) return false;
  if (since && published.slice(0, since.length) < since) return false;
  if (until && published.slice(0, until.length) > until) return false;
  return true;
}
