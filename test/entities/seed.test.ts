/**
 * The seed article holds everything issue 4 lists for entities. Read from ../shared when
 * present, else from test/golden/seed/article.txt if the project keeps a copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/record.js';
import { ROOT, shared } from '../helpers.js';
import { byMention, entities } from './run.js';

const SHARED_SEED = shared('corpus/seed/000_8968b0838309d791.txt');
const LOCAL_SEED = path.join(ROOT, 'test/golden/seed/article.txt');
const file = existsSync(SHARED_SEED) ? SHARED_SEED : LOCAL_SEED;

describe.skipIf(!existsSync(file))('seed article entities', () => {
  const raw = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const text = raw.replace(/^\s*date\s+\S+\s+/, '');
  const list = entities(text);
  const named = (name: string): Entity | undefined => list.find((e) => e.name === name);

  it('North Korea is a country with aliases North Koreans, North Korean, DPRK', () => {
    const e = named('North Korea');
    expect(e?.type).toBe('country');
    expect(e?.country).toBe('KP');
    expect(e?.aliases).toEqual(expect.arrayContaining(['North Koreans', 'North Korean', 'DPRK']));
  });
  it('Russia and Ukraine are countries', () => {
    expect(named('Russia')?.type).toBe('country');
    expect(named('Ukraine')?.type).toBe('country');
  });
  it('United States holds U.S. and US', () => {
    const e = named('United States');
    expect(e?.type).toBe('country');
    expect(e?.aliases).toEqual(expect.arrayContaining(['U.S.', 'US']));
  });
  it('The New York Times has alias NYT; UNN is an organisation (outlet)', () => {
    expect(named('The New York Times')?.aliases).toContain('NYT');
    const unn = named('UNN');
    expect(unn?.type).toBe('organisation');
    expect(unn?.['kind']).toBe('outlet');
  });
  it('Oleksandr Syrskyi is a person, Commander-in-Chief of the Armed Forces of Ukraine, General', () => {
    const e = named('Oleksandr Syrskyi');
    expect(e?.type).toBe('person');
    expect(e?.role).toBe('Commander-in-Chief of the Armed Forces of Ukraine');
    expect(e?.['titles']).toEqual(expect.arrayContaining(['General']));
  });
  it('Armed Forces of Ukraine is a military unit of Ukraine, also written Ukrainian Armed Forces', () => {
    const e = named('Armed Forces of Ukraine');
    expect(e?.type).toBe('military-unit');
    expect(e?.country).toBe('UA');
    expect(e?.aliases).toContain('Ukrainian Armed Forces');
  });
  it('Kursk region is a region of Russia with coordinates', () => {
    const e = byMention(list, 'Kursk region');
    expect(e?.type).toBe('place');
    expect(e?.country).toBe('RU');
    expect(e?.geo?.admin).toBe('region');
    expect(e?.geo?.lat).toBeCloseTo(51.7, 0);
  });
  it('"North Korean troops" is a group of North Korea, and its "North Korean" points to North Korea', () => {
    const g = byMention(list, 'North Korean troops');
    expect(g?.type).toBe('group');
    expect(g?.country).toBe('KP');
    const m = named('North Korea')?.mentions.find(
      (x) => text.slice(x.end, x.end + 7) === ' troops',
    );
    expect(m?.text).toBe('North Korean');
  });
  it('every mention is a true span with a rule, ids are e1.. in order', () => {
    list.forEach((e, i) => {
      expect(e.id).toBe(`e${i + 1}`);
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.rule).toBeTruthy();
      }
    });
  });
});
