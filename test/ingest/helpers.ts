/** Helpers for the ingest tests: fixture and ../shared paths, and collecting readInputs. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type InputOptions } from '../../src/ingest/index.js';
import type { IngestProblem, RawArticle, ReadResult } from '../../src/ingest/types.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(HERE, '../fixtures/ingest');
export const SHARED = path.resolve(HERE, '../../../shared');
export const HAS_SHARED = existsSync(SHARED);
export const SKIP_SHARED = HAS_SHARED
  ? false
  : `../shared not found at ${SHARED}: real-data ingest tests skipped`;
if (!HAS_SHARED) console.warn(SKIP_SHARED);

export const fixture = (name: string) => path.join(FIXTURES, name);
export const shared = (...parts: string[]) => path.join(SHARED, ...parts);
export const SEED = shared('corpus/seed/000_8968b0838309d791.txt');
export const BBC = shared('datasets/workloads/bbc-news-2005');
export const HEADLINES = shared(
  'datasets/workloads/ukraine-war-headlines/headlines_first_seen.json',
);
export const RUWA = shared('datasets/workloads/ukraine-war-headlines/RUWA_04.08.23.csv');

export interface Collected {
  results: ReadResult[];
  articles: RawArticle[];
  problems: IngestProblem[];
}

export function split(results: ReadResult[]): Collected {
  const articles: RawArticle[] = [];
  const problems: IngestProblem[] = [];
  for (const r of results) {
    if ('article' in r) articles.push(r.article);
    else problems.push(r.problem);
  }
  return { results, articles, problems };
}

export async function collect(inputs: string[], opts: InputOptions = {}): Promise<Collected> {
  const results: ReadResult[] = [];
  for await (const r of readInputs(inputs, opts)) results.push(r);
  return split(results);
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-ingest-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function only<T>(list: readonly T[]): T {
  if (list.length !== 1)
    throw new Error(
      `expected exactly one, got ${list.length}: ${JSON.stringify(list).slice(0, 500)}`,
    );
  return list[0] as T;
}
