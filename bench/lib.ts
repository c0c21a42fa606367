/**
 * Shared helpers for `npm run bench`: the BBC workload and a timing wrapper. Each area has
 * its own bench module (bench/<area>.ts) exporting `bench(ctx)`; bench/run.ts runs them all
 * in one process so figures are side by side.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LayerName } from '../src/core/record.js';
import type { Doc, Stage } from '../src/core/stage.js';
import { sentencesStage } from '../src/stages/sentences/index.js';

export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared');
export const BBC_DIR = path.join(SHARED, 'datasets/workloads/bbc-news-2005');

export interface BenchLine {
  name: string;
  docs: number;
  words: number;
  ms: number;
  /** extra figures: peak RSS, ratio to a baseline ... */
  note?: string;
}

export interface BenchContext {
  /** BBC article files, sorted */
  files: string[];
  /** their texts (title line included) */
  texts: string[];
  words: number;
}

export function bbcFiles(): string[] {
  if (!existsSync(BBC_DIR)) return [];
  const out: string[] = [];
  for (const topic of readdirSync(BBC_DIR).sort()) {
    const dir = path.join(BBC_DIR, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(path.join(dir, f));
  }
  return out;
}

export function loadContext(): BenchContext {
  const files = bbcFiles();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  return { files, texts, words: countWords(texts) };
}

export function countWords(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += t.split(/\s+/).filter(Boolean).length;
  return n;
}

export function time<T>(fn: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = fn();
  return { result, ms: performance.now() - t0 };
}

/** Warm up once, then the best (fastest) of `rounds` timed runs, with that run's result. */
export function bestOf<T>(rounds: number, fn: () => T): { result: T; ms: number } {
  fn();
  let best = time(fn);
  for (let r = 1; r < rounds; r++) {
    const t = time(fn);
    if (t.ms < best.ms) best = t;
  }
  return best;
}

/**
 * The BBC texts as docs with sentences and tokens already built (not timed), the way a stage
 * finds them in the pipeline, where the sentences stage runs once for every extractor.
 */
export function tokenizedDocs(ctx: BenchContext, published: string | null = null): Doc[] {
  return ctx.texts.map((text) => {
    const base = { text, published, title: null, outlet: null, language: 'en', layers: {} };
    const { sentences, tokens } = sentencesStage.run(base, { options: {} });
    return { ...base, layers: { sentences, tokens } };
  });
}

/** Run one stage over the docs; the number of items it put in `layer`. */
export function runStage(stage: Stage, docs: readonly Doc[], layer: LayerName): number {
  let n = 0;
  for (const doc of docs) n += (stage.run(doc, { options: {} })[layer] ?? []).length;
  return n;
}
