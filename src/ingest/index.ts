/**
 * Ingest: files, directories, globs, standard input and in-memory text to raw articles.
 * Each input yields articles and one-line problems, never exceptions: one bad file never stops
 * the others. Only bad options throw (a SitrepError naming the option), before anything is read.
 *
 * Reading a file: open, read its first 64 KB, reject it when empty, binary or not UTF-8,
 * choose the reader (forced format, else extension, else content), then either stream it
 * (JSON Lines, CSV) or read it whole (everything else, up to MAX_FILE bytes).
 *
 * @example
 * for await (const r of readInputs(['news/', 'feed.xml', '-'], { date: '2025-01-31' })) {
 *   if ('article' in r) store(r.article); else console.error(`${r.problem.where}: ${r.problem.message}`);
 * }
 */
import { open } from 'node:fs/promises';
import { toIsoDate } from '../core/dates.js';
import type { Origin } from '../core/record.js';
import { readCsv, readCsvBytes, streamCsv } from './csv.js';
import { readDatedText } from './dated-text.js';
import { binaryReason, decodeText, isWide } from './decode.js';
import { extensionOf, formatOfExtension, isFormat, sniffFormat, type Format } from './formats.js';
import { readHtml } from './html.js';
import { readJson } from './json.js';
import { readJsonl, readJsonlBytes, streamJsonl } from './jsonl.js';
import { DecodeError, fileLines } from './lines.js';
import { readMarkdown } from './markdown.js';
import { checkReadOptions, encodingOf, type InputOptions } from './options.js';
import { readPlainText } from './plain-text.js';
import { problem } from './results.js';
import { readFeed } from './rss.js';
import { expandInputs, fsMessage } from './sources.js';
import { splitResults } from './split.js';
import type { ReadResult } from './types.js';
import { todayOf, vet } from './vet.js';

export type { InputOptions } from './options.js';
export { checkReadOptions } from './options.js';
export { FORMATS, type Format } from './formats.js';
export { DEFAULT_COLUMNS, ROW_FIELDS } from './rows.js';
export { MAX_ARTICLE_CHARS } from './split.js';
export type { IngestProblem, RawArticle, ReadOptions, ReadResult } from './types.js';

/** Bytes read first to choose the reader and catch binary files early. */
const HEAD = 64 * 1024;
/** Largest file read whole (HTML, feeds, text, JSON); JSON Lines and CSV stream at any size. */
export const MAX_FILE = 64 * 1024 * 1024;

/**
 * Reads every input in turn: a file, a directory (recursive), a glob, or "-" (standard input).
 * @example for await (const r of readInputs(['articles/'], {})) ...
 */
export async function* readInputs(
  inputs: readonly string[],
  opts: InputOptions = {},
): AsyncGenerator<ReadResult> {
  checkReadOptions(opts);
  const options = withIsoDate(opts);
  const today = todayOf(opts);
  for await (const source of expandInputs(inputs)) {
    if (source.kind === 'problem') yield { problem: source.problem };
    else {
      const results =
        source.kind === 'stdin'
          ? readStdin(options)
          : readFile(source.path, source.explicit, options);
      for await (const r of results) yield* splitResults([vet(r, today)]);
    }
  }
}

/**
 * Reads an in-memory text as if it were the file `origin.path` (its extension and content
 * choose the reader unless `opts.format` is given).
 * @example readText(' date 2025-01-31 In three months...', { path: '-' }, {})
 */
export function readText(
  text: string,
  origin: Pick<Origin, 'path'> & Partial<Origin>,
  opts: InputOptions = {},
): ReadResult[] {
  checkReadOptions(opts);
  const options = withIsoDate(opts);
  const path = origin.path;
  const forced =
    options.format ?? (origin.format && isFormat(origin.format) ? origin.format : null);
  const t = text.replace(/^\uFEFF/, '');
  if (t.trim() === '') return [problem('failed', path, 'empty input')];
  if (t.includes('\u0000'))
    return [problem('failed', path, 'binary input (contains NUL characters), not text')];
  const ext = extensionOf(path);
  const hint = formatOfExtension(ext);
  const format = (forced as Format | null) ?? sniffFormat(t, hint);
  const today = todayOf(opts);
  return [...splitResults(dispatch(t, path, format, hint, options).map((r) => vet(r, today)))];
}

/**
 * Reads bytes (a file's or standard input's content) as the file `path`. JSON Lines and CSV
 * are split into lines before decoding, so a line with bad bytes fails alone.
 */
export function readBytes(bytes: Uint8Array, path: string, opts: InputOptions = {}): ReadResult[] {
  const encoding = encodingOf(opts.encoding);
  const rows = isWide(encoding) ? null : rowFormat(bytes, path, encoding, opts);
  if (rows) {
    const today = todayOf(opts);
    const out =
      rows === 'jsonl'
        ? readJsonlBytes(bytes, path, opts, encoding)
        : readCsvBytes(bytes, path, opts, rows === 'tsv', encoding);
    return [...splitResults(out.map((r) => vet(r, today)))];
  }
  const decoded = decodeText(bytes, encoding);
  if ('error' in decoded) return [problem('failed', path, decoded.error)];
  return readText(decoded.text, { path }, opts);
}

/** 'jsonl', 'csv' or 'tsv' when these bytes are read line by line, else null. */
function rowFormat(
  bytes: Uint8Array,
  path: string,
  encoding: string,
  opts: InputOptions,
): 'jsonl' | 'csv' | 'tsv' | null {
  if (bytes.length === 0 || binaryReason(bytes)) return null;
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, HEAD)).replace(/^\uFEFF/, '');
  if (head.trim() === '') return null;
  const format =
    (opts.format as Format | null | undefined) ??
    sniffFormat(head, formatOfExtension(extensionOf(path)));
  return format === 'jsonl' || format === 'csv' || format === 'tsv' ? format : null;
}

function withIsoDate(opts: InputOptions): InputOptions {
  return opts.date == null ? opts : { ...opts, date: toIsoDate(opts.date) };
}

function dispatch(
  text: string,
  path: string,
  format: Format,
  hint: Format | undefined,
  opts: InputOptions,
): ReadResult[] {
  switch (format) {
    case 'dated-text':
      return readDatedText(text, path, opts, hint === 'markdown');
    case 'text':
      return readPlainText(text, path, opts);
    case 'markdown':
      return readMarkdown(text, path, opts);
    case 'html':
      return readHtml(text, path, opts);
    case 'rss':
    case 'atom':
    case 'feed':
      return readFeed(text, path, opts);
    case 'jsonl':
      return readJsonl(text, path, opts);
    case 'json':
      return readJson(text, path, opts);
    case 'csv':
    case 'tsv':
      return readCsv(text, path, opts, format === 'tsv');
  }
}

async function* readStdin(opts: InputOptions): AsyncGenerator<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of opts.stdin ?? process.stdin) {
      const b =
        typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      size += b.length;
      if (size > MAX_FILE) {
        yield problem('failed', '-', `standard input is larger than ${MAX_FILE / 1048576} MB`);
        return;
      }
      chunks.push(b);
    }
  } catch (err) {
    yield problem('failed', '-', fsMessage(err));
    return;
  }
  yield* readBytes(Buffer.concat(chunks), '-', opts);
}

async function* readFile(
  path: string,
  explicit: boolean,
  opts: InputOptions,
): AsyncGenerator<ReadResult> {
  const ext = extensionOf(path);
  const hint = formatOfExtension(ext);
  if (!hint && ext !== '' && !opts.format) {
    if (explicit)
      yield problem(
        'skipped',
        path,
        `unknown file type "${ext}" (use --input-format to read it as one of the formats)`,
      );
    return;
  }
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    yield problem('failed', path, fsMessage(err));
    return;
  }
  let whole: Buffer;
  let head: Buffer;
  try {
    const info = await fh.stat();
    if (info.isDirectory()) {
      yield problem('failed', path, 'is a directory');
      return;
    }
    if (info.isFile() && info.size === 0) {
      yield problem('failed', path, 'empty file');
      return;
    }
    if (info.isFile()) {
      head = Buffer.alloc(Math.min(HEAD, info.size));
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      head = head.subarray(0, bytesRead);
      const encoding = encodingOf(opts.encoding);
      const bad = isWide(encoding) ? null : binaryReason(head);
      if (bad) {
        yield problem('failed', path, bad);
        return;
      }
      const headText = new TextDecoder(encoding).decode(head);
      const format = (opts.format as Format | null | undefined) ?? sniffFormat(headText, hint);
      if (format === 'jsonl' || format === 'csv' || format === 'tsv') {
        await fh.close();
        fh = undefined;
        yield* streamFile(path, format, opts);
        return;
      }
      if (info.size > MAX_FILE) {
        yield problem(
          'failed',
          path,
          `file too large to read whole (${Math.round(info.size / 1048576)} MB; limit ${MAX_FILE / 1048576} MB)`,
        );
        return;
      }
    }
    whole = await fh.readFile();
  } catch (err) {
    yield problem('failed', path, fsMessage(err));
    return;
  } finally {
    await fh?.close().catch(() => undefined);
  }
  yield* readBytes(whole, path, opts);
}

async function* streamFile(
  path: string,
  format: 'jsonl' | 'csv' | 'tsv',
  opts: InputOptions,
): AsyncGenerator<ReadResult> {
  try {
    const lines = fileLines(path, encodingOf(opts.encoding));
    if (format === 'jsonl') yield* streamJsonl(lines, path, opts);
    else yield* streamCsv(lines, path, opts, format === 'tsv');
  } catch (err) {
    yield problem('failed', path, err instanceof DecodeError ? err.message : fsMessage(err));
  }
}
