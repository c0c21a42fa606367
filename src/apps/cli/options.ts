/** Options shared by the CLI commands, checked once with messages that name the bad value. */
import { existsSync, readFileSync } from 'node:fs';
import { toIsoDate } from '../../core/dates.js';
import { SitrepError } from '../../core/errors.js';
import { parseStoreSpec } from '../../store/open.js';

export const FORMATS = ['json', 'jsonl', 'pretty'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** --db, else SITREP_DB, else ./sitrep.db: a SQLite file or a postgres:// URL (store/open.ts) */
export function dbPath(flag: string | undefined): string {
  return flag ?? process.env.SITREP_DB ?? 'sitrep.db';
}

export function parseFormat(value: string): OutputFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new SitrepError(`unknown format "${value}" (use ${FORMATS.join(', ')})`, '--format');
}

export function parseDate(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  const iso = toIsoDate(value);
  if (!iso) throw new SitrepError(`"${value}" is not a date (use YYYY-MM-DD)`, flag);
  return iso;
}

export function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new SitrepError(`"${value}" is not a whole number from 1 to 10000`, '--limit');
  }
  return n;
}

/** --map text=body,published=date */
export function parseMap(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const map: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [field, column, ...rest] = pair.split('=');
    if (!field || !column || rest.length > 0) {
      throw new SitrepError(`"${pair}" is not FIELD=COLUMN`, '--map');
    }
    map[field.trim()] = column.trim();
  }
  return map;
}

/**
 * The database for read-only commands: a SQLite file must exist (never create an empty one);
 * a postgres:// URL is passed on as it is.
 */
export function existingDb(flag: string | undefined): string {
  const file = dbPath(flag);
  const spec = parseStoreSpec(file);
  if (spec.kind === 'sqlite' && !existsSync(spec.file)) {
    throw new SitrepError('no database here (run `sitrep ingest PATH` first, or give --db)', file);
  }
  return file;
}

/** The version in package.json, for `sitrep --version`. */
export function sitrepVersion(): string {
  const pkg = JSON.parse(
    readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
  ) as { version?: string };
  return pkg.version ?? 'unknown';
}
