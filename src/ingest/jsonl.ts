/**
 * JSON Lines: one article per line through the column mapping (rows.ts). A malformed line,
 * or one whose bytes do not decode, fails alone as `file:LINE` and reading goes on; blank
 * lines are ignored. Messages do not repeat the line number that `where` already carries.
 */
import type { ReadOptions, ReadResult } from './types.js';
import { bytesLines, type Line } from './lines.js';
import { problem } from './results.js';
import { newRowState, rowToResult, type Row, type RowState } from './rows.js';

/** One line of a JSON Lines file; null for a blank line. */
export function jsonLine(
  line: Line,
  path: string,
  opts: ReadOptions,
  state: RowState,
): ReadResult | null {
  const where = `${path}:${line.number}`;
  if (line.tooLong) return problem('failed', where, 'line too long to read');
  if (line.bad) return problem('failed', where, line.bad);
  const s = line.text.replace(/^\uFEFF/, '').trim();
  if (s === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : 'syntax error';
    return problem('failed', where, `not valid JSON (${why})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return problem('failed', where, 'not a JSON object');
  return rowToResult(
    value as Row,
    { path, format: 'jsonl', item: line.number, label: 'row' },
    opts,
    state,
  );
}

/** @example readJsonl('{"text":"..."}\n{"text":"..."}', 'a.jsonl', {}) */
export function readJsonl(text: string, path: string, opts: ReadOptions): ReadResult[] {
  const lines = text.split('\n');
  return jsonlResults(
    lines.map((l, i) => ({ number: i + 1, text: l.replace(/\r$/, ''), tooLong: false })),
    path,
    opts,
  );
}

/** JSON Lines from bytes in memory (standard input, a small file): bad bytes fail their line. */
export function readJsonlBytes(
  bytes: Uint8Array,
  path: string,
  opts: ReadOptions,
  encoding = 'utf-8',
): ReadResult[] {
  return jsonlResults(bytesLines(bytes, encoding), path, opts);
}

function jsonlResults(lines: Iterable<Line>, path: string, opts: ReadOptions): ReadResult[] {
  const out: ReadResult[] = [];
  const state = newRowState();
  for (const line of lines) {
    const r = jsonLine(line, path, opts, state);
    if (r) out.push(r);
  }
  if (out.length === 0) out.push(problem('failed', path, 'no JSON lines'));
  return out;
}

/** JSON Lines streamed line by line from a file. */
export async function* streamJsonl(
  lines: AsyncIterable<Line>,
  path: string,
  opts: ReadOptions,
): AsyncGenerator<ReadResult> {
  let any = false;
  const state = newRowState();
  for await (const line of lines) {
    const r = jsonLine(line, path, opts, state);
    if (r) {
      any = true;
      yield r;
    }
  }
  if (!any) yield problem('failed', path, 'no JSON lines');
}
