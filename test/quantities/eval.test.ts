import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadMeantime, loadRe3d } from '../../eval/quantities/datasets.js';
import { goldValue } from '../../eval/quantities/gold-value.js';
import { emptyScore, prf, scoreDoc } from '../../eval/quantities/score.js';
import { quantities } from './helpers.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets');
const RE3D = path.join(DATA, 're3d-dev');
const MEANTIME = path.join(DATA, 'meantime-trial/corpus_apple');

describe('quantities eval: the reference value reader', () => {
  it.each([
    ['11,000', { value: 11000 }],
    ['$100m', { value: 1e8 }],
    ['50m', { value: 50 }],
    ['£1.1bn', { value: 1.1e9 }],
    ['Over half a million', { value: 500000 }],
    ['five million', { value: 5e6 }],
    ['3,000 to 5,000', { low: 3000, high: 5000 }],
    ['14-year-old', { value: 14 }],
    ['2.4% a year', { value: 2.4 }],
  ])('%s', (span, want) => {
    expect(goldValue(span)).toEqual(want);
  });

  it('gives no value for vague, multi-figure and dimension spans', () => {
    for (const s of [
      'hundreds of thousands',
      'a few thousand',
      'millions',
      '320x240',
      'three of the five',
      'wages',
    ]) {
      expect(goldValue(s)).toBeNull();
    }
  });
});

// Floors below the figures the harness prints (npm run eval:quantities): a regression guard,
// not the target.
describe.skipIf(!existsSync(RE3D) || !existsSync(MEANTIME))(
  'quantities eval on the dev sets (skipped: ../shared/datasets absent)',
  () => {
    it.each([
      ['re3d-dev', () => loadRe3d(RE3D)],
      ['meantime-trial', () => loadMeantime(MEANTIME)],
    ])('%s: overlap F1 >= 0.85, value accuracy >= 0.95', (_name, load) => {
      const s = emptyScore();
      for (const d of load()) {
        for (const g of d.gold) expect(g.text).toBe(d.text.slice(g.start, g.end));
        scoreDoc(d, quantities(d.text), s);
      }
      expect(s.gold).toBeGreaterThan(40);
      expect(prf(s.overlap, s.pred - s.ignored, s.gold).f).toBeGreaterThanOrEqual(0.85);
      expect(prf(s.exact, s.pred - s.ignored, s.gold).f).toBeGreaterThanOrEqual(0.75);
      expect(s.valueOk / s.valued).toBeGreaterThanOrEqual(0.95);
    });
  },
);
