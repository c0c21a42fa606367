/**
 * The attribution and claims stages on the BBC workload, inside the default preset: every
 * stage of the preset runs in order on every article (as the pipeline runner does) and its
 * time is summed per stage, so the lines give attribution+claims throughput on their own and
 * their share of the whole pipeline's time (issue 5 target: they add at most 30%).
 */
import type { Layers } from '../src/core/record.js';
import type { Doc } from '../src/core/stage.js';
import { defaultStages } from '../src/presets/default.js';
import type { BenchContext, BenchLine } from './lib.js';

export async function bench(ctx: BenchContext): Promise<BenchLine[]> {
  const perStage = new Map<string, number>();
  let attributions = 0;
  let claims = 0;
  const runAll = (texts: readonly string[], count: boolean): void => {
    for (const text of texts) {
      const doc: Doc = {
        text,
        published: null,
        title: null,
        outlet: null,
        language: 'en',
        layers: {},
      };
      let layers: Partial<Layers> = {};
      for (const stage of defaultStages) {
        const t0 = performance.now();
        const out = stage.run({ ...doc, layers }, { options: {} });
        if (count)
          perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + performance.now() - t0);
        layers = { ...layers, ...out };
      }
      if (count) {
        attributions += layers.attributions?.length ?? 0;
        claims += layers.claims?.length ?? 0;
      }
    }
  };
  runAll(ctx.texts.slice(0, 30), false); // warm-up: lexicons, gazetteers, JIT
  runAll(ctx.texts, true);
  const total = [...perStage.values()].reduce((a, b) => a + b, 0);
  const ours = (perStage.get('attribution') ?? 0) + (perStage.get('claims') ?? 0);
  const rest = total - ours;
  return [
    {
      name: 'attribution + claims (in default preset)',
      docs: ctx.texts.length,
      words: ctx.words,
      ms: ours,
      note: `${attributions} attributions, ${claims} claims; ${((100 * ours) / total).toFixed(1)}% of pipeline time, +${((100 * ours) / rest).toFixed(1)}% over the other stages (target <= 30%)`,
    },
    {
      name: 'attribution stage alone',
      docs: ctx.texts.length,
      words: ctx.words,
      ms: perStage.get('attribution') ?? 0,
    },
    {
      name: 'default preset, all stages',
      docs: ctx.texts.length,
      words: ctx.words,
      ms: total,
      note: [...perStage].map(([k, v]) => `${k} ${((100 * v) / total).toFixed(0)}%`).join(', '),
    },
  ];
}
