/** Floors on the whole MEANTIME trial set (the figures eval/events.ts prints); skipped without ../shared. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/presets/default.js';
import { eventsStage } from '../../src/stages/events/index.js';
import { readCatDir } from '../../eval/events/cat.js';
import { scoreDoc } from '../../eval/events.js';
import { shared } from '../helpers.js';

const DIR = shared('datasets/meantime-trial');

describe.skipIf(!existsSync(DIR))('MEANTIME trial (whole set)', () => {
  it('event mention F1 >= 0.70, participant F1 >= 0.50, time-anchor accuracy >= 0.60', () => {
    const stages = defaultStages.some((s) => s.name === 'events')
      ? defaultStages
      : [...defaultStages, eventsStage];
    const pipeline = createPipeline(stages);
    const sum = { m: [0, 0, 0], p: [0, 0, 0], a: [0, 0] };
    for (const doc of readCatDir(DIR)) {
      const layers = pipeline.run({
        text: doc.text,
        published: doc.dct?.slice(0, 10) ?? null,
        title: null,
        outlet: null,
        language: 'en',
        layers: {},
      });
      const r = scoreDoc(doc, layers);
      sum.m = [sum.m[0]! + r.mentions.tp, sum.m[1]! + r.mentions.pred, sum.m[2]! + r.mentions.gold];
      sum.p = [
        sum.p[0]! + r.participants.tp,
        sum.p[1]! + r.participants.pred,
        sum.p[2]! + r.participants.gold,
      ];
      sum.a = [sum.a[0]! + r.anchors.correct, sum.a[1]! + r.anchors.total];
    }
    const f1 = ([tp, pred, gold]: number[]) => (2 * tp!) / (pred! + gold!);
    expect(f1(sum.m)).toBeGreaterThanOrEqual(0.7);
    expect(f1(sum.p)).toBeGreaterThanOrEqual(0.5);
    expect(sum.a[0]! / sum.a[1]!).toBeGreaterThanOrEqual(0.6);
  });
});
