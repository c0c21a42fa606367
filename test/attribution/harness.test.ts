import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSplit, parseAnn, POLNEAR } from '../../eval/attribution/polnear.js';
import { prf, scoreDoc } from '../../eval/attribution/score.js';

describe('PolNeAR harness scoring', () => {
  it('parses brat relations with discontinuous content', () => {
    const ann =
      'T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 10 20;25 30\tx\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n';
    expect(parseAnn(ann)).toEqual([
      {
        source: [[0, 2]],
        cue: [[3, 7]],
        content: [
          [10, 20],
          [25, 30],
        ],
      },
    ]);
  });

  it('scores exact, overlap and relation matches', () => {
    const gold = [
      {
        source: [[0, 2]] as [number, number][],
        cue: [[3, 7]] as [number, number][],
        content: [[8, 20]] as [number, number][],
      },
    ];
    const tokens = [
      { start: 0, end: 2, text: 'He', pos: 'PRON', sentence: 0 },
      { start: 3, end: 7, text: 'said', pos: 'VERB', sentence: 0 },
      { start: 8, end: 20, text: 'everythingok', pos: 'NOUN', sentence: 0 },
    ];
    const s = scoreDoc([{ source: [[0, 2]], cue: [[3, 7]], content: [[8, 15]] }], gold, tokens);
    expect(s.exact.cue).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.exact.content).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.overlap.content).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.relation.tp).toBe(1);
    const miss = scoreDoc([{ source: null, cue: [[3, 7]], content: [[8, 15]] }], gold, tokens);
    expect(miss.relation).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(prf({ tp: 1, fp: 1, fn: 0 }).f).toBeCloseTo(2 / 3);
  });
});

describe.skipIf(!existsSync(path.join(POLNEAR, 'dev')))(
  'PolNeAR dev split (needs ../shared)',
  () => {
    it('loads every annotated file with its text', () => {
      const docs = loadSplit('dev');
      expect(docs.length).toBeGreaterThan(50);
      for (const d of docs) {
        for (const r of d.relations) {
          for (const [a, b] of r.cue) {
            expect(b).toBeLessThanOrEqual(d.text.length);
            expect(a).toBeLessThan(b);
          }
        }
      }
    });
  },
);
