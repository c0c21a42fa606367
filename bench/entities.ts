/**
 * The entities stage on the BBC workload, beside compromise's
 * `nlp(text).people()/.places()/.organizations()` on the same texts in the same run.
 * Ours is timed twice: the stage alone (tokens precomputed by the sentences stage, as in the
 * pipeline where they are shared) and sentences + entities (tokenizing included, as
 * compromise's figure includes its own tokenizing). Best of two rounds after a warm-up that
 * loads the lexicon and gazetteer; compromise one round after a warm-up on 50 articles.
 */
import nlp from 'compromise';
import type { Sentence, Token } from '../src/core/record.js';
import { entitiesStage } from '../src/stages/entities/index.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { time, type BenchContext, type BenchLine } from './lib.js';

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const split = time(() =>
    ctx.texts.map((text) => {
      const layers = sentencesStage.run(
        { text, published: null, title: null, outlet: null, language: 'en', layers: {} },
        { options: {} },
      );
      return {
        text,
        sentences: (layers.sentences ?? []) as Sentence[],
        tokens: (layers.tokens ?? []) as Token[],
      };
    }),
  );
  const docs = split.result;
  const runOurs = (): number => {
    let n = 0;
    for (const d of docs) {
      const out = entitiesStage.run(
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
      n += out.entities?.length ?? 0;
    }
    return n;
  };
  runOurs();
  let ours = { ms: Infinity, found: 0 };
  for (let r = 0; r < 2; r++) {
    const t = time(runOurs);
    if (t.ms < ours.ms) ours = { ms: t.ms, found: t.result };
  }
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
      note: `${ours.found} entities; ${(theirs.ms / ours.ms).toFixed(1)}x compromise people/places/organizations throughput`,
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
