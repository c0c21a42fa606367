/** Checks and helpers shared by both stores' corpus tables. */
import { SitrepError } from '../core/errors.js';
import type { CorpusRow } from './store.js';

/** rows per page of a corpus scan */
export const CORPUS_PAGE = 1000;

/** the most values bound in one IN (...) list */
const CHUNK = 500;

export function* chunks<T>(values: readonly T[]): Generator<T[]> {
  for (let i = 0; i < values.length; i += CHUNK) yield values.slice(i, i + CHUNK);
}

/** Every row names its kind and has string key and record, before anything is written. */
export function checkRows(rows: readonly CorpusRow[]): void {
  for (const r of rows) {
    if (typeof r.kind !== 'string' || r.kind === '') {
      throw new SitrepError('a corpus row needs a non-empty kind');
    }
    if (typeof r.key !== 'string' || typeof r.record !== 'string') {
      throw new SitrepError(`corpus row of kind "${r.kind}": key and record must be strings`);
    }
  }
}
