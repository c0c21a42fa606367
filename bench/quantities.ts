/**
 * The quantities stage alone (tokens precomputed by the sentences stage, not timed) on the
 * BBC workload, beside compromise's `nlp(text).numbers()` on the same texts in the same run
 * (the nearest JavaScript baseline: it finds numbers, with no hedges, units beyond money and
 * percent, counted nouns or changes). Ours: best of three rounds after a warm-up; compromise:
 * one round after a warm-up on 50 articles (it is the slow side).
 */
import nlp from 'compromise';
import type { Sentence, Token } from '../src/core/record.js';
import { quantitiesStage } from '../src/stages/quantities/index.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { countWords, time, type BenchContext, type BenchLine } from './lib.js';

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const docs = ctx.texts.map((text) => {
    const layers = sentencesStage.run(
      { text, published: null, title: null, outlet: null, language: 'en', layers: {} },
      { options: {} },
    );
    return {
      text,
      sentences: (layers.sentences ?? []) as Sentence[],
      tokens: (layers.tokens ?? []) as Token[],
    };
  });
  const runOurs = (): number => {
    let n = 0;
    for (const d of docs) {
      const out = quantitiesStage.run(
        {
          text: d.text,
          published: null,
          title: null,
          outlet: null,
          language: 'en',
          layers: { sentences: d.sentences, tokens: d.tokens },
        },
        { options: {} },
      );
      n += out.quantities?.length ?? 0;
    }
    return n;
  };
  runOurs();
  let ours = { ms: Infinity, found: 0 };
  for (let r = 0; r < 3; r++) {
    const t = time(runOurs);
    if (t.ms < ours.ms) ours = { ms: t.ms, found: t.result };
  }
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
      note: `${ours.found} quantities; ${ratio.toFixed(1)}x compromise numbers() throughput`,
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
