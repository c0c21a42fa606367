/**
 * Figure series (src/corpus/series) on the seed, its Ukrinform copy and a third outlet's
 * report (test/fixtures/corpus), built by the real pipeline; plus the base rules of derived
 * points and the CSV form.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriesCsv, seriesOf } from '../../src/corpus/series/index.js';
import { seriesQuery } from '../../src/corpus/series/match.js';
import { article, fixtureRecord, recordOf } from '../fixtures/corpus/build.js';
import { shared } from '../helpers.js';

const SEED = shared('corpus/seed/000_8968b0838309d791.txt');

describe('series queries', () => {
  it('read thing, qualifier and country', () => {
    expect(seriesQuery('North Korean troops')).toMatchObject({
      thing: 'troops',
      qualifier: 'north korean',
      country: 'KP',
    });
    expect(seriesQuery('North Koreans')).toMatchObject({
      thing: 'nationals',
      qualifier: 'north korean',
    });
    expect(seriesQuery('soldiers')).toMatchObject({ thing: 'troops', qualifier: null });
  });
});

describe.skipIf(!existsSync(SEED))('the seed series for North Korean troops', () => {
  const seed = recordOf(readFileSync(SEED, 'utf8'), SEED);
  const copy = fixtureRecord('seed-copy-ukrinform.txt');
  const third = fixtureRecord('third-kyiv-independent.txt');
  const originals = new Map([
    [copy.id, { id: seed.id, outlet: seed.outlet, provenance: seed.provenance }],
  ]);
  const s = seriesOf([third, copy, seed], 'North Korean troops', originals);

  it('shows 11,000 for November 2024 once, with the copy in alsoIn, and 12,000 beside it', () => {
    const nov = s.points.filter((p) => p.refersTo === '2024-11');
    const eleven = nov.find((p) => p.value === 11000)!;
    expect(eleven).toMatchObject({
      record: seed.id,
      approx: 'about',
      reported: '2025-01-31',
      derived: false,
      refersRule: 'claim-time',
    });
    expect(eleven.alsoIn).toEqual([copy.id]);
    expect(eleven.path).toBe('UNN → The New York Times');
    const twelve = nov.find((p) => p.value === 12000)!;
    expect(twelve).toMatchObject({
      record: third.id,
      rule: 'series#sentence-country',
      reported: '2025-02-01',
    });
    expect(twelve.path).toBe('Kyiv Independent → The New York Times');
  });
  it('marks the halved point derived from the 11,000 figure, referring to the end of the three months', () => {
    const halved = s.points.filter((p) => p.derived);
    expect(halved).toHaveLength(1);
    expect(halved[0]).toMatchObject({
      refersTo: '2025-01-31',
      refersRule: 'change-period',
      value: 5500,
      record: seed.id,
    });
    expect(halved[0]!.derivedFrom).toMatchObject({
      change: 0.5,
      record: seed.id,
      value: 11000,
      rule: 'series#same-article-base',
    });
    expect(halved[0]!.path).toBe('UNN → The New York Times → Oleksandr Syrskyi');
    expect(s.points.map((p) => p.refersTo)).toEqual(['2024-11', '2024-11', '2025-01-31']);
  });
  it('prints CSV with a header and one row per point', () => {
    const csv = seriesCsv(s).trim().split('\n');
    expect(csv[0]).toMatch(/^refers_to,refers_rule,reported,value/);
    expect(csv).toHaveLength(4);
    expect(csv[3]).toContain(',5500,');
  });
  it('leaves out other things and other nationalities', () => {
    expect(seriesOf([seed], 'Ukrainian troops').points).toEqual([]);
    expect(seriesOf([seed], 'territory').points.map((p) => p.value)).toEqual([800]);
  });
});

describe('derived points', () => {
  it('take the latest earlier figure from another article when theirs has none', () => {
    const base = article(
      '2025-01-10',
      'Writes BBC.',
      'About 10,000 North Korean troops were deployed to the Kursk region in December 2024.',
    );
    const change = article(
      '2025-02-15',
      'Writes UNN.',
      'The number of North Korean troops in the Kursk region has been halved in the past month, officials said.',
    );
    const s = seriesOf([change, base], 'North Korean troops');
    const d = s.points.find((p) => p.derived)!;
    expect(d.derivedFrom).toMatchObject({
      rule: 'series#latest-before',
      record: base.id,
      value: 10000,
    });
    expect(d.value).toBe(5000);
  });
  it('list a change with no base without a value', () => {
    const change = article(
      '2025-02-15',
      'Writes UNN.',
      'The number of North Korean troops in the Kursk region has been halved in the past month, officials said.',
    );
    const d = seriesOf([change], 'North Korean troops').points;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ derived: true, value: null });
    expect(d[0]!.derivedFrom!.rule).toBe('series#no-base');
  });
});
