/**
 * Floor on ECB+ event mentions, dev topics only (the figure eval/events.ts prints for them);
 * skipped, with vitest's skip message, without ../shared/datasets/ecbplus-dev.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_TOPICS, evaluateEcbPlus } from '../../eval/events/ecbplus.js';
import { pipelineFor } from '../../src/presets/default.js';
import { shared } from '../helpers.js';

const DIR = shared('datasets/ecbplus-dev');

describe.skipIf(!existsSync(DIR))('ECB+ dev topics (action mentions)', () => {
  it('event mention F1 >= 0.70 on the dev topics', { timeout: 300_000 }, () => {
    const { dev, untuned } = evaluateEcbPlus(DIR, pipelineFor('default'), (t) => DEV_TOPICS.has(t));
    expect(untuned.docs).toBe(0);
    expect(dev.docs).toBeGreaterThan(100);
    const c = dev.mentions;
    expect((2 * c.tp) / (c.pred + c.gold)).toBeGreaterThanOrEqual(0.7);
  });
});
