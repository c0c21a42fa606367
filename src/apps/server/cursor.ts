/**
 * Opaque page cursors: a small JSON object in base64url. Each list route puts in what it needs
 * to resume (an offset into ranked hits, the last record id of an id-ordered scan, the last
 * event seen) plus a fingerprint of the query, so a cursor used with other filters is refused
 * instead of silently paging through a different list.
 */
import { createHash } from 'node:crypto';
import { badRequest } from './errors.js';

export interface CursorState {
  /** fingerprint of the query the cursor belongs to */
  q: string;
  /** offset into ranked results */
  offset?: number;
  /** last record id returned (id-ordered scans) */
  after?: string;
  /** last event id returned within `after`'s record, when the page ended inside it */
  event?: number;
}

export function fingerprint(query: Record<string, unknown>): string {
  const keys = Object.keys(query)
    .filter((k) => k !== 'cursor' && k !== 'limit')
    .sort();
  const text = JSON.stringify(keys.map((k) => [k, query[k] ?? null]));
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  query: Record<string, unknown>,
): CursorState | null {
  if (cursor === undefined || cursor === '') return null;
  let state: unknown;
  try {
    state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('cursor: not a cursor this server gave out', 'bad_cursor');
  }
  const s = state as Partial<CursorState> | null;
  const ok =
    typeof s === 'object' &&
    s !== null &&
    typeof s.q === 'string' &&
    (s.offset === undefined || (Number.isInteger(s.offset) && s.offset >= 0)) &&
    (s.after === undefined || typeof s.after === 'string') &&
    (s.event === undefined || (Number.isInteger(s.event) && s.event >= 0));
  if (!ok) throw badRequest('cursor: not a cursor this server gave out', 'bad_cursor');
  if (s.q !== fingerprint(query))
    throw badRequest('cursor: belongs to a query with other filters', 'bad_cursor');
  return s as CursorState;
}
