/** Floors on the whole MEANTIME trial set (the figures eval/events.ts prints); skipped without ../shared. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../eval/events.js';
import { shared } from '../helpers.js';

const DIR = shared('datasets/meantime-trial');

describe.skipIf(!existsSync(DIR))('MEANTIME trial (whole set)', () => {
  it('event mention F1 >= 0.70, participant F1 >= 0.50, time-anchor accuracy >= 0.60', () => {
    const { sum, anchors } = evaluate(DIR);
    const f1 = (c: { tp: number; pred: number; gold: number }) => (2 * c.tp) / (c.pred + c.gold);
    expect(f1(sum.mentions)).toBeGreaterThanOrEqual(0.7);
    expect(f1(sum.participants)).toBeGreaterThanOrEqual(0.5);
    expect(anchors.correct / anchors.total).toBeGreaterThanOrEqual(0.6);
  });
});
