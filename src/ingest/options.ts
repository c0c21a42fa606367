/** Read options are checked once, before any input is read: a bad value names its option. */
import { toIsoDate } from '../core/dates.js';
import { SitrepError } from '../core/errors.js';
import { FORMATS, isFormat } from './formats.js';
import { checkMap } from './rows.js';
import type { ReadOptions } from './types.js';

export interface InputOptions extends ReadOptions {
  /** read ambiguous numeric dates in rows (03/04/2022) day first; default month first */
  dayFirst?: boolean;
  /** standard input for "-" (tests pass their own); default process.stdin */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Throws a SitrepError for a bad `date`, `map` or `format`. */
export function checkReadOptions(opts: ReadOptions): void {
  if (opts.date != null && toIsoDate(opts.date) === null)
    throw new SitrepError(`"${opts.date}" is not a valid date (expected YYYY-MM-DD)`, '--date');
  if (opts.format != null && !isFormat(opts.format))
    throw new SitrepError(
      `unknown input format "${opts.format}" (formats: ${FORMATS.join(', ')})`,
      '--input-format',
    );
  checkMap(opts.map);
  if (opts.encoding != null) encodingOf(opts.encoding);
}

/** The canonical name of an encoding label ("latin1" -> "windows-1252"), or a SitrepError. */
export function encodingOf(label: string | null | undefined): string {
  if (label == null) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new SitrepError(
      `unknown encoding "${label}" (use a WHATWG label such as utf-8, windows-1252, iso-8859-2, utf-16le)`,
      '--encoding',
    );
  }
}
