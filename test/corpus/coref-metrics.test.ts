/**
 * Coreference metrics on textbook examples: the worked example of Pradhan et al. (2014,
 * "Scoring coreference partitions of predicted mentions", Fig. 1: key {a,b,c} {d,e,f,g},
 * response {a,b} {c,d} {f,g,h,i}), Vilain et al. (1995) for MUC, scikit-learn's documented
 * adjusted Rand values.
 */
import { describe, expect, it } from 'vitest';
import {
  adjustedRand,
  b3,
  ceafe,
  maxAssignment,
  muc,
  scoreClusters,
} from '../../eval/corpus/coref-metrics.js';

/** clusters as arrays of mention ids -> mention id -> cluster id */
const part = (...clusters: string[][]) =>
  new Map(clusters.flatMap((c, i) => c.map((m) => [m, `c${i}`] as [string, string])));

describe('coreference metrics', () => {
  const key = part(['a', 'b', 'c'], ['d', 'e', 'f', 'g']);
  const response = part(['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']);

  it('reproduces the Pradhan et al. 2014 worked example', () => {
    const s = scoreClusters(key, response);
    expect(s.muc.r).toBeCloseTo(0.4, 6);
    expect(s.muc.p).toBeCloseTo(0.4, 6);
    // B3: R = (4/3 + 1/3 + 1/4 + 4/4) / 7 = 35/84, P = (4/2 + 1/2 + 1/2 + 4/4) / 8 = 1/2
    expect(s.b3.r).toBeCloseTo(35 / 84, 6);
    expect(s.b3.p).toBeCloseTo(0.5, 6);
    // CEAF-e: best alignment {a,b,c}-{a,b} 0.8 + {d,e,f,g}-{f,g,h,i} 0.5 = 1.3
    expect(s.ceafe.r).toBeCloseTo(0.65, 6);
    expect(s.ceafe.p).toBeCloseTo(1.3 / 3, 6);
    expect(s.ceafe.f1).toBeCloseTo(0.52, 6);
    expect(s.conll).toBeCloseTo((s.muc.f1 + s.b3.f1 + s.ceafe.f1) / 3, 9);
  });

  it('MUC: Vilain et al. 1995, one key chain split in two', () => {
    const m = muc(part(['A', 'B', 'C', 'D']), part(['A', 'B'], ['C', 'D']));
    expect(m.r).toBeCloseTo(2 / 3, 6);
    expect(m.p).toBe(1);
    // singletons carry no links: MUC is 0 on all-singleton responses
    expect(muc(part(['A', 'B']), part(['A'], ['B'])).f1).toBe(0);
  });

  it('identical partitions score 1 everywhere; all-in-one penalises B3 precision', () => {
    const g = part(['a', 'b'], ['c'], ['d', 'e', 'f']);
    const s = scoreClusters(g, g);
    for (const x of [s.muc, s.b3, s.ceafe]) expect(x.f1).toBeCloseTo(1, 9);
    expect(adjustedRand(g, g)).toBeCloseTo(1, 9);
    const lump = b3(g, part(['a', 'b', 'c', 'd', 'e', 'f']));
    expect(lump.r).toBe(1);
    expect(lump.p).toBeCloseTo((4 / 6 + 1 / 6 + 9 / 6) / 6, 9);
    // all singletons: B3 precision 1, recall (2*1/2 + 1 + 3*1/3) / 6
    const apart = b3(g, part(['a'], ['b'], ['c'], ['d'], ['e'], ['f']));
    expect(apart.p).toBe(1);
    expect(apart.r).toBeCloseTo(3 / 6, 9);
    expect(ceafe(g, part(['a'], ['b'], ['c'], ['d'], ['e'], ['f'])).r).toBeCloseTo(
      (2 / 3 + 1 + 2 / 4) / 3,
      9,
    );
  });

  it('the optimal assignment beats the greedy one', () => {
    // greedy takes 0.9 then 0.1 = 1.0; the optimum is 0.8 + 0.8
    expect(
      maxAssignment([
        [0.9, 0.8],
        [0.8, 0.1],
      ]),
    ).toBeCloseTo(1.6, 9);
    expect(maxAssignment([[1], [2], [3]])).toBe(3);
    expect(maxAssignment([])).toBe(0);
  });

  it('adjusted Rand: scikit-learn documented values', () => {
    const m = (xs: number[]) => new Map(xs.map((x, i) => [`m${i}`, String(x)]));
    expect(adjustedRand(m([0, 0, 1, 1]), m([0, 0, 1, 1]))).toBeCloseTo(1, 9);
    expect(adjustedRand(m([0, 0, 1, 1]), m([1, 1, 0, 0]))).toBeCloseTo(1, 9);
    expect(adjustedRand(m([0, 0, 1, 2]), m([0, 0, 1, 1]))).toBeCloseTo(0.5714285714, 8);
    expect(adjustedRand(m([0, 0, 1, 1]), m([0, 1, 2, 3]))).toBeCloseTo(0, 9);
    expect(adjustedRand(m([0, 0, 0, 0]), m([0, 1, 2, 3]))).toBeCloseTo(0, 9);
    expect(adjustedRand(m([0, 1, 2]), m([2, 1, 0]))).toBe(1);
  });

  it('a mention on one side only counts in that side and overlaps nothing', () => {
    // system misses 'c': gold recall drops, precision over the system's own mentions is whole
    const s = scoreClusters(part(['a', 'b', 'c']), part(['a', 'b']));
    expect(s.b3.p).toBe(1);
    expect(s.b3.r).toBeCloseTo(4 / 3 / 3, 9);
    expect(s.muc.r).toBeCloseTo(1 / 2, 9);
  });
});
