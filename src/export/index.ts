/**
 * Exports of stored records in the forms other tools read, as a stream of text chunks so a
 * large store is never held in memory (the CLI writes them to a file or stdout, the API
 * streams them):
 * - `jsonl`: one record per line (docs/record.md);
 * - `acled-csv`: events in ACLED-like columns (acled.ts);
 * - `geojson`: a FeatureCollection of events with coordinates (geojson.ts);
 * - `timeml`: one article's times and events (timeml.ts; needs `id`).
 * Filters are on the records (publication date, outlet), as `sitrep search` has them.
 *
 * @example
 * for await (const chunk of exportChunks(store, { format: 'acled-csv', since: '2025-01-01' }))
 *   process.stdout.write(chunk);
 */
import { SitrepError } from '../core/errors.js';
import type { SitrepRecord } from '../core/record.js';
import type { Store } from '../store/store.js';
import { ACLED_COLUMNS, acledRow } from './acled.js';
import { csvLine } from './csv.js';
import { eventRows } from './events.js';
import { eventFeature } from './geojson.js';
import { toTimeMl } from './timeml.js';

export const EXPORT_FORMATS = ['jsonl', 'acled-csv', 'geojson', 'timeml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  'acled-csv': 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  timeml: 'application/xml; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = {
  jsonl: 'jsonl',
  'acled-csv': 'csv',
  geojson: 'geojson',
  timeml: 'tml',
};

export interface ExportOptions {
  format: ExportFormat;
  since?: string | null;
  until?: string | null;
  outlet?: string | null;
  /** the record to export (timeml: required) */
  id?: string | null;
  /** called after each record with the number of records read so far */
  onRecord?: (done: number) => void;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Checks the options before anything is read; a SitrepError names the bad one. */
export function checkExport(opts: ExportOptions): void {
  if (!isExportFormat(opts.format))
    throw new SitrepError(
      `unknown export format "${String(opts.format)}" (use ${EXPORT_FORMATS.join(', ')})`,
      '--format',
    );
  if (opts.format === 'timeml' && !opts.id)
    throw new SitrepError('TimeML is one article: give its record id', '--id');
}

export async function* exportChunks(store: Store, opts: ExportOptions): AsyncGenerator<string> {
  checkExport(opts);
  const records = recordsOf(store, opts);
  switch (opts.format) {
    case 'jsonl':
      for await (const r of records) yield JSON.stringify(r) + '\n';
      return;
    case 'acled-csv':
      yield csvLine(ACLED_COLUMNS);
      for await (const r of records)
        for (const row of eventRows(r)) {
          const a = acledRow(row);
          if (a) yield csvLine(ACLED_COLUMNS.map((c) => a[c]));
        }
      return;
    case 'geojson': {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      for await (const r of records)
        for (const row of eventRows(r)) {
          const f = eventFeature(row);
          if (!f) continue;
          yield (first ? '\n' : ',\n') + JSON.stringify(f);
          first = false;
        }
      yield '\n]}\n';
      return;
    }
    case 'timeml':
      for await (const r of records) yield toTimeMl(r);
      return;
  }
}

async function* recordsOf(store: Store, opts: ExportOptions): AsyncGenerator<SitrepRecord> {
  let done = 0;
  if (opts.id) {
    const r = await store.get(opts.id);
    if (!r) throw new SitrepError(`no stored record ${opts.id}`, '--id');
    opts.onRecord?.(++done);
    yield r;
    return;
  }
  for await (const r of store.scan({ since: opts.since, until: opts.until, outlet: opts.outlet })) {
    yield r;
    opts.onRecord?.(++done);
  }
}
