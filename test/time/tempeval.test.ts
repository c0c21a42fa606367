/**
 * The TimeML reader and the scorer of eval/time.ts, and a floor on the whole TempEval-3
 * training data (skipped when ../shared is absent).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTml, readCorpus } from '../../eval/time/tml.js';
import {
  align,
  canonicalValue,
  count,
  emptyCounts,
  sameValue,
  scores,
} from '../../eval/time/score.js';
import { shared } from '../helpers.js';
import { times } from './run.js';

describe('TimeML reader', () => {
  it('strips tags, decodes entities and maps TIMEX3 offsets', () => {
    const doc = parseTml(
      '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>' +
        '<TEXT>A &amp; B <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>',
    );
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.text).toBe('A & B fell yesterday.');
    expect(doc.timexes).toHaveLength(1);
    expect(doc.timexes[0]?.text).toBe('yesterday');
    expect(doc.text.slice(doc.timexes[0]?.start, doc.timexes[0]?.end)).toBe('yesterday');
  });
});

describe('scorer', () => {
  it('counts strict, relaxed and value matches one to one', () => {
    const g = [
      { start: 0, end: 9, text: 'last year', type: 'DATE', value: '2024' },
      { start: 20, end: 25, text: 'today', type: 'DATE', value: '2025-01-31' },
    ];
    const s = [
      { start: 5, end: 9, text: 'year', type: 'DATE', value: '2023' },
      { start: 30, end: 33, text: 'now', type: 'DATE', value: 'PRESENT_REF' },
    ];
    const c = emptyCounts();
    count(align(g, s), c);
    expect(c).toEqual({ gold: 2, sys: 2, strict: 0, relaxed: 1, typeOk: 1, valueOk: 0 });
    expect(scores(c).relaxedF1).toBeCloseTo(0.5);
  });
});

describe('value equivalence in the scorer', () => {
  it('folds notational variants of one value', () => {
    expect(sameValue('2000-W7', '2000-W07')).toBe(true);
    expect(sameValue('1949-XX', '1949')).toBe(true);
    expect(sameValue('1998-XX-XX', '1998')).toBe(true);
    expect(sameValue('199X', '199')).toBe(true);
    expect(sameValue('19XX', '19')).toBe(true);
    expect(sameValue('pxy', 'PXY')).toBe(true);
    expect(canonicalValue('2000-W12')).toBe('2000-W12');
  });
  it('keeps different values different', () => {
    expect(sameValue('1989-WXX', '1989-W43')).toBe(false);
    expect(sameValue('1989-10-XX', '1989-10-27')).toBe(false);
    expect(sameValue('1998-10-XX', '1998')).toBe(false);
    expect(sameValue('P1Y', 'P12M')).toBe(false);
    expect(sameValue('1989-11-06T17', '1989-11-06T17:00')).toBe(false);
    expect(sameValue('XXXX-XX-XX', 'XXXX')).toBe(false);
    expect(sameValue('1998', '1998-Q3')).toBe(false);
  });
});

const DIR = shared('datasets/tempeval3-train');
describe.skipIf(!existsSync(DIR))('TempEval-3 training data (whole set)', () => {
  it('stays above the floor', () => {
    const c = emptyCounts();
    for (const corpus of ['TimeBank', 'AQUAINT']) {
      for (const doc of readCorpus(`${DIR}/${corpus}`))
        count(align(doc.timexes, times(doc.text, doc.dct)), c);
    }
    const s = scores(c);
    expect(s.relaxedF1).toBeGreaterThan(0.94);
    expect(s.strictF1).toBeGreaterThan(0.885);
    expect(s.valueF1).toBeGreaterThanOrEqual(0.85);
  });
});
