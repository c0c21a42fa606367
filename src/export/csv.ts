/**
 * CSV lines (RFC 4180 through csv-stringify): a field holding a comma, a quote or a line break
 * is quoted, quotes inside doubled; null is an empty field. A field starting with = + - @ is
 * prefixed with a single quote, so that a spreadsheet opening the file never runs article text
 * as a formula (CSV injection); numbers are written as numbers.
 *
 * @example
 * csvLine(['a,b', 'say "hi"', null, 3]); // '"a,b","say ""hi""",,3\r\n'
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | null;

const FORMULA = /^[=+\-@\t\r]/;

export function csvLine(values: readonly CsvValue[]): string {
  const safe = values.map((v) =>
    v === null ? '' : typeof v === 'number' ? String(v) : FORMULA.test(v) ? `'${v}` : v,
  );
  // csv-stringify quotes a field holding its record delimiter (\r\n) only: a bare \n or \r
  // must be quoted too, or the row splits in every reader
  return stringify([safe], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
