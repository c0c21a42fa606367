/**
 * The time stage alone (tokens precomputed by the sentences stage, not timed) on the BBC
 * workload, beside chrono-node's `parse` on the same texts in the same run. Both get the same
 * reference date. Best of three rounds each, after a warm-up.
 */
import * as chrono from 'chrono-node';
import { timeStage } from '../src/stages/time/index.js';
import { bestOf, runStage, tokenizedDocs, type BenchContext, type BenchLine } from './lib.js';

const PUBLISHED = '2005-06-01';

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const docs = tokenizedDocs(ctx, PUBLISHED);
  const ours = bestOf(3, () => runStage(timeStage, docs, 'times'));
  const ref = new Date(`${PUBLISHED}T12:00:00Z`);
  const theirs = bestOf(3, () => {
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
      note: `${ours.result} expressions; ${ratio.toFixed(2)}x chrono-node's throughput`,
    },
    {
      name: 'chrono-node parse (baseline)',
      docs: docs.length,
      words: ctx.words,
      ms: theirs.ms,
      note: `${theirs.result} results`,
    },
  ];
}
