/**
 * CSV (and TSV): a header row, then one article per row through the column mapping (rows.ts).
 *
 * Lines are grouped into records here, by quote balance, before csv-parse reads them, so a
 * bad row costs that row only: a row with broken quoting fails as `file:LINE` (the line it
 * starts on) and the next row is read as usual; a quote that is never closed fails its first
 * line and the lines it swallowed are read again as rows of their own; a line whose bytes do
 * not decode fails its row. A header without any usable text column fails the file once.
 * Each problem is reported once, in file order, and messages do not repeat the line number.
 * Records are parsed a batch at a time; a batch with a bad record is parsed record by record.
 */
import { parse as parseSync } from 'csv-parse/sync';
import type { ReadOptions, ReadResult } from './types.js';
import { bytesLines, type Line } from './lines.js';
import { problem } from './results.js';
import { DEFAULT_COLUMNS, newRowState, rowToResult, type Row } from './rows.js';

/** Records parsed in one call to csv-parse. */
const BATCH = 256;
/** A quoted field spanning more lines or characters than this is taken as never closed. */
const MAX_RECORD_LINES = 10_000;
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

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

/** csv-parse's message without its own line number (the problem's `where` has it). */
function reason(err: unknown): string {
  const m = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
  return m.replace(/ at line \d+/g, '').replace(/ on line \d+/g, '');
}

function quotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

interface Rec {
  start: number;
  lines: Line[];
}

/** Lines in, results out, in file order; the same for a stream and for text in memory. */
export class CsvReader {
  private done = false;
  private header: string[] | null = null;
  private delimiter = ',';
  private pending: Line[] = [];
  private odd = false;
  private chars = 0;
  private batch: Rec[] = [];
  private rows = 0;
  private readonly state = newRowState();
  private readonly format: string;

  constructor(
    private readonly path: string,
    private readonly opts: ReadOptions,
    private readonly tsv = false,
  ) {
    this.format = tsv ? 'tsv' : 'csv';
  }

  line(l: Line): ReadResult[] {
    if (this.done) return [];
    const out: ReadResult[] = [];
    if (this.pending.length === 0 && !l.bad && !l.tooLong && l.text === '') return out;
    if (l.tooLong) {
      const start = this.pending[0]?.number ?? l.number;
      this.pending = [];
      this.odd = false;
      this.chars = 0;
      out.push(...this.flush(), this.fail(start, 'line too long to read'));
      return out;
    }
    this.pending.push(l);
    this.chars += l.text.length;
    if (quotes(l.text) % 2 === 1) this.odd = !this.odd;
    if (!this.odd) {
      const lines = this.pending;
      this.pending = [];
      this.chars = 0;
      out.push(...this.record({ start: (lines[0] as Line).number, lines }));
    } else if (this.pending.length > MAX_RECORD_LINES || this.chars > MAX_RECORD_CHARS) {
      out.push(...this.unclosed());
    }
    return out;
  }

  end(): ReadResult[] {
    const out: ReadResult[] = [];
    while (this.pending.length > 0 && !this.done) out.push(...this.unclosed());
    out.push(...this.flush());
    if (!this.done && this.rows === 0 && out.length === 0)
      out.push(
        problem(
          'failed',
          this.path,
          this.header ? 'CSV has no rows under its header' : 'CSV has no header',
        ),
      );
    return out;
  }

  /** The pending record's quote never closes: its first line fails, the rest are read again. */
  private unclosed(): ReadResult[] {
    const [first, ...rest] = this.pending;
    this.pending = [];
    this.odd = false;
    this.chars = 0;
    const out = this.flush();
    if (first)
      out.push(
        this.fail(
          first.number,
          'malformed CSV record (a quoted field opened here is never closed)',
        ),
      );
    for (const l of rest) out.push(...this.line(l));
    return out;
  }

  private record(rec: Rec): ReadResult[] {
    if (this.header === null) return this.readHeader(rec);
    this.batch.push(rec);
    return this.batch.length >= BATCH ? this.flush() : [];
  }

  private readHeader(rec: Rec): ReadResult[] {
    const bad = rec.lines.find((l) => l.bad);
    if (bad) return [this.failFile(`the header ${bad.bad ?? ''}`)];
    const text = rec.lines.map((l) => l.text).join('\n');
    this.delimiter = csvDelimiter(text, this.tsv);
    let cells: string[];
    try {
      const parsed = parseSync(text, { delimiter: this.delimiter, bom: true, relax_quotes: true });
      cells = ((parsed as string[][])[0] ?? []).map((h) => h.trim());
    } catch (err) {
      return [this.failFile(`malformed CSV header (${reason(err)})`)];
    }
    this.header = cells;
    const wrong = headerProblem(cells, this.path, this.opts);
    if (wrong) {
      this.done = true;
      return [wrong];
    }
    return [];
  }

  /** Parses the waiting records: all at once, or one by one when any of them is bad. */
  private flush(): ReadResult[] {
    const recs = this.batch;
    this.batch = [];
    if (recs.length === 0 || this.header === null) return [];
    let rows: { row: Row }[] | null = null;
    if (!recs.some((r) => r.lines.some((l) => l.bad))) {
      try {
        const text = recs.map((r) => r.lines.map((l) => l.text).join('\n')).join('\n');
        const parsed = this.parse(text);
        if (parsed.length === recs.length) rows = parsed.map((row) => ({ row }));
      } catch {
        rows = null;
      }
    }
    const out: ReadResult[] = [];
    recs.forEach((rec, i) => {
      const row = rows ? rows[i] : this.one(rec);
      if (row === undefined) return;
      out.push('result' in row ? row.result : this.row(rec.start, row.row));
    });
    return out;
  }

  private one(rec: Rec): { row: Row } | { result: ReadResult } | undefined {
    const bad = rec.lines.find((l) => l.bad);
    if (bad) {
      const at = bad.number === rec.start ? '' : ` (line ${bad.number})`;
      return { result: this.fail(rec.start, `${bad.bad ?? 'not text'}${at}`) };
    }
    try {
      const row = this.parse(rec.lines.map((l) => l.text).join('\n'))[0];
      return row && { row };
    } catch (err) {
      return { result: this.fail(rec.start, `malformed CSV record (${reason(err)})`) };
    }
  }

  private parse(text: string): Row[] {
    return parseSync(text, {
      columns: this.header as string[],
      delimiter: this.delimiter,
      relax_column_count: true,
    }) as Row[];
  }

  private row(line: number, row: Row): ReadResult {
    this.rows++;
    return rowToResult(
      row,
      { path: this.path, format: this.format, item: line, label: 'row' },
      this.opts,
      this.state,
    );
  }

  private fail(line: number, message: string): ReadResult {
    this.rows++;
    return problem('failed', `${this.path}:${line}`, message);
  }

  private failFile(message: string): ReadResult {
    this.done = true;
    return problem('failed', this.path, message);
  }
}

function results(lines: Iterable<Line>, path: string, opts: ReadOptions, tsv: boolean) {
  const reader = new CsvReader(path, opts, tsv);
  const out: ReadResult[] = [];
  for (const l of lines) out.push(...reader.line(l));
  out.push(...reader.end());
  return out;
}

/** @example readCsv('title,date,text\n"A",2025-01-31,"Body"\n', 'a.csv', {}) */
export function readCsv(text: string, path: string, opts: ReadOptions, tsv = false): ReadResult[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((t, i) => ({ number: i + 1, text: t.replace(/\r$/, ''), tooLong: false }));
  return results(lines, path, opts, tsv);
}

/** CSV from bytes in memory (standard input, a small file): bad bytes fail their row. */
export function readCsvBytes(
  bytes: Uint8Array,
  path: string,
  opts: ReadOptions,
  tsv = false,
  encoding = 'utf-8',
): ReadResult[] {
  return results(bytesLines(bytes, encoding), path, opts, tsv);
}

/** CSV streamed line by line; errors of the line source (NUL bytes) are rethrown. */
export async function* streamCsv(
  lines: AsyncIterable<Line>,
  path: string,
  opts: ReadOptions,
  tsv = false,
): AsyncGenerator<ReadResult> {
  const reader = new CsvReader(path, opts, tsv);
  for await (const l of lines) yield* reader.line(l);
  yield* reader.end();
}
