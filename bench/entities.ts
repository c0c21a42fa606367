/**
 * The entities stage on the BBC workload, beside compromise's
 * `nlp(text).people()/.places()/.organizations()` on the same texts in the same run.
 * Ours is timed twice: the stage alone (tokens precomputed by the sentences stage, as in the
 * pipeline where they are shared) and sentences + entities (tokenizing included, as
 * compromise's figure includes its own tokenizing). Best of two rounds after a warm-up that
 * loads the lexicon and gazetteer; compromise one round after a warm-up on 50 articles.
 */
import nlp from 'compromise';
import { entitiesStage } from '../src/stages/entities/index.js';
import { bestOf, runStage, time, tokenizedDocs, type BenchContext, type BenchLine } from './lib.js';

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const split = time(() => tokenizedDocs(ctx));
  const docs = split.result;
  const ours = bestOf(2, () => runStage(entitiesStage, docs, 'entities'));
  for (const text of ctx.texts.slice(0, 50)) nlp(text).people().out('array');
  const theirs = time(() => {
    let n = 0;
    for (const text of ctx.texts) {
      const doc = nlp(text);
      n += (doc.people().out('array') as string[]).length;
      n += (doc.places().out('array') as string[]).length;
      n += (doc.organizations().out('array') as string[]).length;
    }
    return n;
  });
  const withTokens = ours.ms + split.ms;
  return [
    {
      name: 'entities stage (tokens given)',
      docs: docs.length,
      words: ctx.words,
      ms: ours.ms,
      note: `${ours.result} entities; ${(theirs.ms / ours.ms).toFixed(1)}x compromise people/places/organizations throughput`,
    },
    {
      name: 'sentences + entities',
      docs: docs.length,
      words: ctx.words,
      ms: withTokens,
      note: `${(theirs.ms / withTokens).toFixed(1)}x compromise, tokenizing included`,
    },
    {
      name: 'compromise people/places/orgs (baseline)',
      docs: ctx.texts.length,
      words: ctx.words,
      ms: theirs.ms,
      note: `${theirs.result} matches`,
    },
  ];
}
