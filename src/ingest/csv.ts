/**
 * CSV (and TSV): a header row, then one article per row through the column mapping (rows.ts).
 * A malformed record is a problem with its line number and parsing goes on; a header without
 * any usable text column fails the file once instead of every row. Files are parsed as a
 * stream (csv-parse), records numbered by the line they start on.
 */
import { Readable } from 'node:stream';
import { parse as parseStream, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { ReadOptions, ReadResult } from './types.js';
import { problem } from './results.js';
import { DEFAULT_COLUMNS, newRowState, rowToResult, type Row } from './rows.js';

interface Parsed {
  record: Row;
  info: { lines: number; columns?: Array<{ name: string }> | boolean };
  raw: string;
}

function options(delimiter: string, skips: ReadResult[], path: string): Options {
  return {
    columns: (header: string[]) => header.map((h) => h.trim()),
    delimiter,
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      const line = err?.lines ?? 0;
      skips.push(
        problem(
          'failed',
          `${path}:${line}`,
          `line ${line}: malformed CSV record (${err?.message.split('\n')[0] ?? 'unreadable'})`,
        ),
      );
      return undefined;
    },
  };
}

/** The delimiter of a CSV text judged from its header line: tab for TSV, else , or ; */
export function csvDelimiter(head: string, tsv: boolean): string {
  if (tsv) return '\t';
  const nl = head.indexOf('\n');
  const line = nl < 0 ? head : head.slice(0, nl);
  const count = (c: string) => line.split(c).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** Whether a header can give text at all; a problem for the whole file when it cannot. */
function headerProblem(
  columns: readonly string[],
  path: string,
  opts: ReadOptions,
): ReadResult | null {
  const have = new Set(columns.map((c) => c.toLowerCase()));
  for (const [field, column] of Object.entries(opts.map ?? {})) {
    if (!column.includes('.') && !have.has(column.toLowerCase()))
      return problem(
        'failed',
        path,
        `column "${column}" (mapped to ${field}) is not in the header: ${columns.join(', ')}`,
      );
  }
  if (opts.map?.text) return null;
  const candidates = [...DEFAULT_COLUMNS.text, ...DEFAULT_COLUMNS.title];
  if (candidates.some((c) => have.has(c))) return null;
  return problem(
    'failed',
    path,
    `no text column in the header (${columns.join(', ')}); name one with --map text=COLUMN`,
  );
}

function startLine(p: Parsed): number {
  const body = p.raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  let n = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) n++;
  return p.info.lines - n;
}

function columnsOf(p: Parsed): string[] {
  return Array.isArray(p.info.columns) ? p.info.columns.map((c) => c.name) : Object.keys(p.record);
}

/** Parsed records to results, the header checked on the first; `done` after a header problem. */
class CsvRows {
  done = false;
  private first = true;
  private readonly state = newRowState();
  readonly skips: ReadResult[] = [];
  constructor(
    private readonly path: string,
    private readonly opts: ReadOptions,
    private readonly format: string,
  ) {}

  take(p: Parsed): ReadResult[] {
    const out = this.skips.splice(0);
    if (this.done) return out;
    if (this.first) {
      this.first = false;
      const bad = headerProblem(columnsOf(p), this.path, this.opts);
      if (bad) {
        this.done = true;
        return [...out, bad];
      }
    }
    const line = startLine(p);
    out.push(
      rowToResult(
        p.record,
        { path: this.path, format: this.format, item: line, label: `line ${line}` },
        this.opts,
        this.state,
      ),
    );
    return out;
  }

  end(): ReadResult[] {
    const out = this.skips.splice(0);
    if (this.first && out.length === 0)
      out.push(problem('failed', this.path, 'CSV has no rows under its header'));
    return out;
  }
}

/** @example readCsv('title,date,text\n"A",2025-01-31,"Body"\n', 'a.csv', {}) */
export function readCsv(text: string, path: string, opts: ReadOptions, tsv = false): ReadResult[] {
  const rows = new CsvRows(path, opts, tsv ? 'tsv' : 'csv');
  let parsed: Parsed[];
  try {
    parsed = parseSync(
      text,
      options(csvDelimiter(text, tsv), rows.skips, path),
    ) as unknown as Parsed[];
  } catch (err) {
    return [
      problem(
        'failed',
        path,
        `malformed CSV (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
      ),
    ];
  }
  const out: ReadResult[] = [];
  for (const p of parsed) {
    out.push(...rows.take(p));
    if (rows.done) return out;
  }
  out.push(...rows.end());
  return out;
}

/** CSV streamed from decoded chunks; errors of the chunk source (bad bytes) are rethrown. */
export async function* streamCsv(
  chunks: AsyncIterable<string>,
  head: string,
  path: string,
  opts: ReadOptions,
  tsv = false,
): AsyncGenerator<ReadResult> {
  const rows = new CsvRows(path, opts, tsv ? 'tsv' : 'csv');
  const parser = parseStream(options(csvDelimiter(head, tsv), rows.skips, path));
  const source = Readable.from(chunks);
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  try {
    for await (const p of parser as AsyncIterable<Parsed>) {
      yield* rows.take(p);
      if (rows.done) return;
    }
  } finally {
    source.unpipe(parser);
    source.destroy();
    parser.destroy();
  }
  yield* rows.end();
}
