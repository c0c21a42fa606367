/**
 * Data rows (JSON Lines, JSON arrays, CSV) to articles through a column mapping: record field
 * -> column. Without a mapping each field takes the first column present among its defaults
 * (names compared case-insensitively). A row without text is skipped; a row whose date cannot
 * be read fails (with its line number), and reading goes on with the next row.
 */
import { SitrepError } from '../core/errors.js';
import type { ReadOptions, ReadResult } from './types.js';
import { languageCode } from './html-meta.js';
import { article, problem, quote } from './results.js';
import { rowDate } from './row-date.js';

export const ROW_FIELDS = ['text', 'title', 'published', 'outlet', 'url', 'language'] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/**
 * Default columns per field, in order of preference. When a file has none of the text
 * columns at all, the title is the text: headline-only data (the CNN headlines file) stays
 * readable. A file that has a text column but a row with that column empty skips the row.
 */
export const DEFAULT_COLUMNS: Record<RowField, readonly string[]> = {
  text: ['text', 'body', 'content', 'article', 'story', 'description', 'desc', 'summary'],
  title: ['title', 'headline'],
  published: [
    'published',
    'date',
    'first_seen',
    'pubdate',
    'published_at',
    'datepublished',
    'datetime',
  ],
  outlet: ['outlet', 'source', 'site', 'publisher'],
  url: ['url', 'link', 'src', 'href'],
  language: ['language', 'lang'],
};

/** Rejects a mapping naming a field sitrep does not have, before any file is read. */
export function checkMap(map: Record<string, string> | undefined): void {
  for (const key of Object.keys(map ?? {})) {
    if (!(ROW_FIELDS as readonly string[]).includes(key))
      throw new SitrepError(`unknown field "${key}" (fields: ${ROW_FIELDS.join(', ')})`, '--map');
  }
}

export type Row = Record<string, unknown>;

export interface RowContext {
  path: string;
  format: string;
  /** 1-based line (JSONL, CSV) or element (JSON array) number */
  item: number;
  /** "line 12" or "item 12", for messages */
  label: string;
}

/** What a reader learns about a file across its rows. */
export interface RowState {
  /** a default text column has been seen (CSV: in the header; JSON: in any row so far) */
  hasTextColumn: boolean;
}

export function newRowState(): RowState {
  return { hasTextColumn: false };
}

/** One row to an article or a problem. */
export function rowToResult(
  row: Row,
  ctx: RowContext,
  opts: ReadOptions & { dayFirst?: boolean },
  state: RowState = newRowState(),
): ReadResult {
  const where = `${ctx.path}:${ctx.item}`;
  const lookup = caseInsensitive(row);
  if (!state.hasTextColumn) state.hasTextColumn = DEFAULT_COLUMNS.text.some((c) => lookup.has(c));
  const get = (field: RowField): string | null => {
    const mapped = opts.map?.[field];
    return mapped !== undefined
      ? valueAt(row, lookup, mapped)
      : firstOf(row, lookup, DEFAULT_COLUMNS[field]);
  };
  const title = get('title');
  let text = get('text');
  if (text === null && opts.map?.text === undefined && !state.hasTextColumn) text = title;
  if (text === null) {
    const cols = opts.map?.text
      ? `column "${opts.map.text}"`
      : `${DEFAULT_COLUMNS.text.filter((c) => lookup.has(c)).join(', ') || 'its text columns'}; to use another column: --map text=COLUMN`;
    return problem('skipped', where, `${ctx.label} has no text (nothing in ${cols})`);
  }
  const rawDate = get('published');
  const published = rawDate === null ? (opts.date ?? null) : rowDate(rawDate, opts.dayFirst);
  if (rawDate !== null && published === null)
    return problem('failed', where, `${ctx.label} has an unreadable date ${quote(rawDate)}`);
  const url = get('url');
  return article(
    {
      path: ctx.path,
      url: url && /^https?:\/\//i.test(url) ? url : null,
      format: ctx.format,
      item: ctx.item,
    },
    { text, title, published, outlet: get('outlet'), language: languageCode(get('language')) },
  );
}

function caseInsensitive(row: Row): Map<string, string> {
  const m = new Map<string, string>();
  for (const k of Object.keys(row)) if (!m.has(k.toLowerCase())) m.set(k.toLowerCase(), k);
  return m;
}

function firstOf(row: Row, lookup: Map<string, string>, columns: readonly string[]): string | null {
  for (const c of columns) {
    const v = valueAt(row, lookup, c);
    if (v !== null) return v;
  }
  return null;
}

/** A column's value as trimmed text; dotted names reach into nested objects ("meta.date"). */
function valueAt(row: Row, lookup: Map<string, string>, column: string): string | null {
  const key = lookup.get(column.toLowerCase());
  let v: unknown = key !== undefined ? row[key] : undefined;
  if (v === undefined && column.includes('.')) {
    v = row;
    for (const part of column.split('.').slice(0, 10))
      v = typeof v === 'object' && v !== null ? (v as Row)[part] : undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s === '' ? null : s;
}
