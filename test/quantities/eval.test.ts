import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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

describe("quantities eval: re3d don't-care reading", () => {
  // re3d spans do not nest: a figure inside a span of another type could not be marked
  // Quantity, whether it is written in digits or words; a Temporal span is no excuse.
  const text = 'Militants shot three women and 40,000 civilians fled two days ago; 5 tanks came.';
  const span = (needle: string, type: string, confidence = 1) => {
    const begin = text.indexOf(needle);
    return { documentId: 'd1', begin, end: begin + needle.length, type, confidence };
  };
  const dir = mkdtempSync(path.join(tmpdir(), 're3d-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'folder'));
  writeFileSync(path.join(dir, 'folder/documents.json'), JSON.stringify({ _id: 'd1', text }));
  writeFileSync(
    path.join(dir, 'folder/entities.json'),
    [
      span('three women', 'Organisation'),
      span('40,000 civilians', 'Organisation'),
      span('two days ago', 'Temporal'),
      span('5', 'Quantity', 0.9),
      span('Militants', 'Organisation'),
    ]
      .map((e) => JSON.stringify(e))
      .join('\n'),
  );

  it('marks figures nested in other types as optional, in words or digits', () => {
    const gold = loadRe3d(dir)[0]?.gold ?? [];
    const by = (t: string) => gold.find((g) => g.text === t);
    expect(by('three women')?.required).toBe(false);
    expect(by('40,000 civilians')?.required).toBe(false);
    expect(by('5')?.required).toBe(true);
    expect(by('two days ago')).toBeUndefined();
    expect(by('Militants')).toBeUndefined();
  });

  it('strict reading keeps only the Quantity span', () => {
    expect(loadRe3d(dir, true)[0]?.gold.map((g) => g.text)).toEqual(['5']);
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
    ])('%s: overlap F1 >= 0.85, exact >= 0.84, value accuracy >= 0.95', (_name, load) => {
      const s = emptyScore();
      for (const d of load()) {
        for (const g of d.gold) expect(g.text).toBe(d.text.slice(g.start, g.end));
        scoreDoc(d, quantities(d.text), s);
      }
      expect(s.gold).toBeGreaterThan(40);
      expect(prf(s.overlap, s.pred - s.ignored, s.gold).f).toBeGreaterThanOrEqual(0.85);
      expect(prf(s.exact, s.pred - s.ignored, s.gold).f).toBeGreaterThanOrEqual(0.84);
      expect(s.valueOk / s.valued).toBeGreaterThanOrEqual(0.95);
    });
  },
);
