/**
 * The quantities stage alone (tokens precomputed by the sentences stage, not timed) on the
 * BBC workload, beside compromise's `nlp(text).numbers()` on the same texts in the same run
 * (the nearest JavaScript baseline: it finds numbers, with no hedges, units beyond money and
 * percent, counted nouns or changes). Ours: best of three rounds after a warm-up; compromise:
 * one round after a warm-up on 50 articles (it is the slow side).
 */
import nlp from 'compromise';
import { quantitiesStage } from '../src/stages/quantities/index.js';
import {
  bestOf,
  countWords,
  runStage,
  time,
  tokenizedDocs,
  type BenchContext,
  type BenchLine,
} from './lib.js';

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const docs = tokenizedDocs(ctx);
  const ours = bestOf(3, () => runStage(quantitiesStage, docs, 'quantities'));
  for (const text of ctx.texts.slice(0, 50)) nlp(text).numbers().out('array');
  const theirs = time(() => {
    let n = 0;
    for (const text of ctx.texts) n += (nlp(text).numbers().out('array') as string[]).length;
    return n;
  });
  const ratio = theirs.ms / ours.ms;
  return [
    {
      name: 'quantities stage (tokens given)',
      docs: docs.length,
      words: ctx.words,
      ms: ours.ms,
      note: `${ours.result} quantities; ${ratio.toFixed(1)}x compromise numbers() throughput`,
    },
    {
      name: 'compromise numbers() (baseline)',
      docs: ctx.texts.length,
      words: countWords(ctx.texts),
      ms: theirs.ms,
      note: `${theirs.result} numbers`,
    },
  ];
}
