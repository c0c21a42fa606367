/**
 * Opens the store a `--db` value or SITREP_DB names: `postgres://` or `postgresql://` URLs
 * the PostgreSQL store (a `schema=NAME` query parameter picks its schema, default "public"),
 * anything else with a URL scheme is refused, and a plain path is a SQLite file.
 *
 * @example
 * const store = await openStore('postgres://postgres@127.0.0.1:5432/test?schema=sitrep');
 */
import { SitrepError } from '../core/errors.js';
import { openPostgresStore } from './postgres/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

export type StoreSpec =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

/** a URL scheme: letters, then "://", or a bare "name:" that is not a Windows drive letter */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function parseStoreSpec(value: string): StoreSpec {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined || (scheme.length === 1 && /^[a-z]:[\\/]/i.test(value))) {
    return { kind: 'sqlite', file: value };
  }
  if (scheme === 'file') return { kind: 'sqlite', file: value.replace(/^file:(\/\/)?/i, '') };
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw new SitrepError(
      `unknown database scheme "${scheme}:" (use a file path, or postgres://user@host:port/db)`,
      '--db',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SitrepError('not a valid postgres:// URL', '--db');
  }
  if (!url.host)
    throw new SitrepError('a postgres:// URL needs a host, e.g. postgres://127.0.0.1/db', '--db');
  const schema = url.searchParams.get('schema') ?? 'public';
  url.searchParams.delete('schema');
  return { kind: 'postgres', url: url.toString(), schema };
}

/**
 * `readonly`: the command only reads (search, show, stats), so a SQLite file is opened
 * read-only and a 0444 file or read-only mount works; PostgreSQL ignores it.
 */
export async function openStore(value: string, opts: { readonly?: boolean } = {}): Promise<Store> {
  const spec = parseStoreSpec(value);
  return spec.kind === 'sqlite'
    ? openSqliteStore(spec.file, opts)
    : openPostgresStore({ connectionString: spec.url, schema: spec.schema });
}
