/**
 * The seed article (published 2025-01-31) holds the expressions issue 3 lists. The article
 * is read from ../shared when present, else from the project's copy in test/golden/seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, shared } from '../helpers.js';
import { times } from './run.js';

const SHARED_SEED = shared('corpus/seed/000_8968b0838309d791.txt');
const LOCAL_SEED = path.join(ROOT, 'test/golden/seed/article.txt');
const file = existsSync(SHARED_SEED) ? SHARED_SEED : LOCAL_SEED;

describe.skipIf(!existsSync(file))('seed article times (published 2025-01-31)', () => {
  const raw = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const m = /^\s*date\s+(\d{4}-\d\d-\d\d)\s+/.exec(raw);
  const text = m ? raw.slice(m[0].length) : raw;
  const published = m?.[1] ?? null;
  const t = times(text, published);
  const find = (s: string) => t.find((x) => x.text === s);

  it('reads the publication date from the file', () => {
    expect(published).toBe('2025-01-31');
  });
  it('"three months" is P3M covering the three months before publication', () => {
    const all = t.filter((x) => x.text === 'three months' || x.text === 'In three months');
    expect(all.length).toBeGreaterThanOrEqual(1);
    const first = all[0];
    expect(first?.type).toBe('DURATION');
    expect(first?.value).toBe('P3M');
    expect(first?.range).toEqual({ begin: '2024-10-31', end: '2025-01-31' });
  });
  it('"several weeks" is PXW', () => {
    expect(find('several weeks')).toMatchObject({ type: 'DURATION', value: 'PXW' });
  });
  it('"about two weeks" is P2W APPROX', () => {
    expect(find('about two weeks')).toMatchObject({
      type: 'DURATION',
      value: 'P2W',
      mod: 'APPROX',
    });
  });
  it('"November 2024" is 2024-11', () => {
    expect(find('November 2024')).toMatchObject({ type: 'DATE', value: '2024-11' });
  });
  it('"Last year" is 2024', () => {
    expect(find('Last year')).toMatchObject({ type: 'DATE', value: '2024' });
  });
  it('"At the moment" is PRESENT_REF', () => {
    expect(find('At the moment')).toMatchObject({ type: 'DATE', value: 'PRESENT_REF' });
  });
  it('reads no time out of the verb "may"', () => {
    expect(t.some((x) => x.text.toLowerCase().includes('may'))).toBe(false);
  });
  it('every span is the text it points to', () => {
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
