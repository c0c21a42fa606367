/**
 * The events stage alone on the BBC workload: every layer before it in the default preset
 * (sentences, tokens, times, quantities, attributions, claims ...) is computed first and not
 * timed; then the events stage runs over all articles, best of three rounds after a warm-up.
 * A second line gives typed-only output (option generic: false) for comparison.
 */
import type { Layers } from '../src/core/record.js';
import type { Doc } from '../src/core/stage.js';
import { createPipeline } from '../src/core/pipeline.js';
import { defaultStages } from '../src/presets/default.js';
import { eventsStage } from '../src/stages/events/index.js';
import { time, type BenchContext, type BenchLine } from './lib.js';

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const before = defaultStages.filter((s) => s.name !== 'events');
  const pipeline = createPipeline(before);
  const docs: Doc[] = ctx.texts.map((text) => {
    const base = {
      text,
      published: '2005-01-01',
      title: null,
      outlet: null,
      language: 'en',
      layers: {} as Partial<Layers>,
    };
    return { ...base, layers: pipeline.run(base) };
  });
  const line = (name: string, generic: boolean): BenchLine => {
    const options = { events: { generic } };
    const round = () => {
      let n = 0;
      let typed = 0;
      for (const d of docs) {
        const events = eventsStage.run(d, { options }).events ?? [];
        n += events.length;
        typed += events.filter((e) => e.type !== 'other').length;
      }
      return { n, typed };
    };
    round();
    let best = { ms: Infinity, n: 0, typed: 0 };
    for (let r = 0; r < 3; r++) {
      const t = time(round);
      if (t.ms < best.ms) best = { ms: t.ms, ...t.result };
    }
    return {
      name,
      docs: docs.length,
      words: ctx.words,
      ms: best.ms,
      note: `${best.n} events (${best.typed} typed)`,
    };
  };
  return [line('events stage (layers given)', true), line('events stage, typed only', false)];
}
