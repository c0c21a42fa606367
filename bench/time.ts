/**
 * The time stage alone (tokens precomputed by the sentences stage, not timed) on the BBC
 * workload, beside chrono-node's `parse` on the same texts in the same run. Both get the same
 * reference date. Best of three rounds each, after a warm-up.
 */
import * as chrono from 'chrono-node';
import type { Token } from '../src/core/record.js';
import { sentencesStage } from '../src/stages/sentences/index.js';
import { timeStage } from '../src/stages/time/index.js';
import { time, type BenchContext, type BenchLine } from './lib.js';

const PUBLISHED = '2005-06-01';

function best(rounds: number, fn: () => number): { ms: number; found: number } {
  fn();
  let ms = Infinity;
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    const t = time(fn);
    if (t.ms < ms) ms = t.ms;
    found = t.result;
  }
  return { ms, found };
}

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const docs = ctx.texts.map((text) => {
    const layers = sentencesStage.run(
      { text, published: PUBLISHED, title: null, outlet: null, language: 'en', layers: {} },
      { options: {} },
    );
    return { text, sentences: layers.sentences ?? [], tokens: (layers.tokens ?? []) as Token[] };
  });
  const ours = best(3, () => {
    let n = 0;
    for (const d of docs) {
      const out = timeStage.run(
        {
          text: d.text,
          published: PUBLISHED,
          title: null,
          outlet: null,
          language: 'en',
          layers: { sentences: d.sentences, tokens: d.tokens },
        },
        { options: {} },
      );
      n += out.times?.length ?? 0;
    }
    return n;
  });
  const ref = new Date(`${PUBLISHED}T12:00:00Z`);
  const theirs = best(3, () => {
    let n = 0;
    for (const d of docs) n += chrono.parse(d.text, ref).length;
    return n;
  });
  const ratio = theirs.ms / ours.ms;
  return [
    {
      name: 'time stage (tokens given)',
      docs: docs.length,
      words: ctx.words,
      ms: ours.ms,
      note: `${ours.found} expressions; ${ratio.toFixed(2)}x chrono-node's throughput`,
    },
    {
      name: 'chrono-node parse (baseline)',
      docs: docs.length,
      words: ctx.words,
      ms: theirs.ms,
      note: `${theirs.found} results`,
    },
  ];
}
