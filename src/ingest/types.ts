/**
 * The reader contract. A reader turns one input (file, feed, stream) into raw articles, and
 * reports every problem as an IngestProblem instead of throwing, so one bad item never stops
 * a batch.
 */
import type { Origin } from '../core/record.js';

export interface RawArticle {
  origin: Origin;
  /** the body as read; normalised later by core/normalise.ts */
  text: string;
  title?: string | null;
  /** ISO date or date-time as stated by the source; null when unknown */
  published?: string | null;
  outlet?: string | null;
  /** ISO 639-1 when the source states it (HTML lang, feed language) */
  language?: string | null;
}

/** A problem with one input or one item of it: one line, names the file and the problem. */
export interface IngestProblem {
  kind: 'skipped' | 'failed';
  /** file path, with ":LINE" for an item of a multi-record file */
  where: string;
  message: string;
}

export type ReadResult = { article: RawArticle } | { problem: IngestProblem };

export interface ReadOptions {
  /** publication date to use where the input gives none (`--date`) */
  date?: string | null;
  /** column/field mapping for JSONL and CSV: record field -> input column */
  map?: Record<string, string>;
  /** force a format instead of detecting it */
  format?: string | null;
  /**
   * character encoding of the inputs (`--encoding`), a WHATWG label such as "windows-1252",
   * "iso-8859-1" or "utf-16le"; default UTF-8. Never guessed: a file that does not decode
   * is reported.
   */
  encoding?: string | null;
  /**
   * today's date (YYYY-MM-DD), against which a publication date too far in the future is
   * refused (vet.ts); default the clock, read once at the ingest boundary
   */
  today?: string | null;
}
