/** Weapons and military platforms: common nouns with their modifiers, named systems, model
 * designations (data/entities/weapons.json). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { predictions } from '../../eval/entities.js';
import { loadRe3d } from '../../eval/entities/re3d.js';
import { prf, scoreDoc, sum, type Tally } from '../../eval/entities/score.js';
import { byMention, entities } from './run.js';

const RE3D = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/datasets/re3d-dev',
);

const weapons = (t: string) =>
  entities(t)
    .filter((e) => e.type === 'weapon')
    .flatMap((e) => e.mentions.map((m) => ({ ...m, name: e.name, entity: e })));
const spans = (t: string): string[] => weapons(t).map((m) => m.text);

describe('weapon nouns', () => {
  it('keep their determiner and modifiers as re3d spans them', () => {
    expect(spans('The manual described simple chemical weapons and barrel bombs.')).toEqual([
      'simple chemical weapons',
      'barrel bombs',
    ]);
    expect(spans('He built it from an ordinary artillery round.')).toEqual([
      'an ordinary artillery round',
    ]);
    expect(spans('Daesh has used such weapons at least once.')).toEqual(['such weapons']);
  });
  it('are keyed by compound and country, with the compound as name', () => {
    const e = byMention(entities('Israeli jets fired. Later the jets returned.'), 'Israeli jets');
    expect(e?.type).toBe('weapon');
    expect(e?.name).toBe('jet');
    expect(e?.country).toBe('IL');
    expect(e?.['kind']).toBe('aircraft');
    expect(e?.mentions[0]?.rule).toBe('lexicon:data/entities/weapons.json#jet');
    // the nationality stays a mention of its country
    expect(byMention(entities('Israeli jets fired.'), 'Israeli')?.type).toBe('country');
  });
  it('name the weapon of an attack without the attack words', () => {
    expect(spans('Syrian media said an Israeli missile strike hit the airport.')).toEqual([
      'missile',
    ]);
    expect(spans('At least 43 died in a car bomb blast.')).toEqual(['car bomb']);
  });
  it('take participles as adjectives only', () => {
    expect(spans('They had fired missiles and guided missiles.')).toEqual([
      'missiles',
      'guided missiles',
    ]);
    expect(spans('He helped in smuggling weapons across the border.')).toEqual(['weapons']);
  });
  it('take hyphenated modifiers whole, not a conjunction', () => {
    expect(spans('It fired a surface-to-air missile at Iranian-made drones.')).toEqual([
      'a surface-to-air missile',
      'Iranian-made drones',
    ]);
    expect(spans('He says that fighter jets flew.')).toEqual(['fighter jets']);
  });
  it('open a sentence in the plural', () => {
    expect(spans('Tanks rolled into the town.')).toEqual(['Tanks']);
    expect(spans('Rocket fire continued overnight.')).toEqual(['Rocket']);
  });
});

describe('weapon nouns must not match', () => {
  it('a noun used as a modifier', () => {
    expect(spans('The tank commander and missile defence experts met.')).toEqual([]);
  });
  it('tanks that think or hold fuel, civilian aircraft', () => {
    expect(spans('A think tank and a think-tank studied the fuel tank.')).toEqual([]);
    expect(spans('The passenger jet and a private plane landed.')).toEqual([]);
  });
  it('verbs, pronouns and company names', () => {
    expect(spans('Troops shell the town daily.')).toEqual([]);
    expect(spans('The choice is namely mine.')).toEqual([]);
    expect(spans('Jet, which was founded in London, listed its shares.')).toEqual([]);
  });
  it('a person who bombs or fights', () => {
    expect(spans('The fighters and suicide bombers fled.')).toEqual([]);
  });
});

describe('named weapons and designations', () => {
  it('read designations, their plural and a weapon noun after them', () => {
    const w = weapons('Russian Su-25 jets struck; two F-16s and S-300 systems were seen.');
    expect(w.map((m) => [m.text, m.name])).toEqual([
      ['Su-25 jets', 'Su-25'],
      ['F-16s', 'F-16'],
      ['S-300 systems', 'S-300'],
    ]);
    expect(w[0]?.entity.country).toBe('RU');
    expect(w[0]?.rule).toBe('lexicon:data/entities/weapons.json#prefix-Su');
    expect(byMention(entities('Russian Su-25 jets struck.'), 'Russian')?.type).toBe('country');
  });
  it('join one system written several ways', () => {
    const list = entities('Ukraine fired HIMARS. The M142 HIMARS launchers are accurate.');
    expect(list.filter((e) => e.type === 'weapon').map((e) => e.name)).toEqual(['HIMARS']);
  });
  it('know systems by name and maker', () => {
    expect(spans('Bayraktar TB2 drones and Shahed-136 drones hit T-72B3 tanks.')).toEqual([
      'Bayraktar TB2 drones',
      'Shahed-136 drones',
      'T-72B3 tanks',
    ]);
    expect(spans('Storm Shadow and ATACMS missiles reached Crimea.')).toEqual([
      'Storm Shadow',
      'ATACMS missiles',
    ]);
  });
  it('take ambiguous names only before a weapon noun', () => {
    expect(spans('Germany sent Patriot systems and Abrams tanks.')).toEqual([
      'Patriot systems',
      'Abrams tanks',
    ]);
    expect(spans('The Patriot Act was signed, Mr Abrams said, citing the Lancet.')).toEqual([]);
  });
  it('leave codes that are no weapons', () => {
    expect(
      spans('COVID-19 spread; the G-20 met; a T-shirt and an H-1B visa; J-1 students.'),
    ).toEqual([]);
  });
});

describe('weapons on hostile input', () => {
  it('finishes fast on long runs of weapon words and designations', () => {
    const text =
      'the simple chemical barrel bombs missile strikes Su-25s F-16 fighter jets '.repeat(4_000) +
      'Su-'.repeat(20_000);
    const t0 = performance.now();
    const found = spans(text);
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(found.length).toBeGreaterThan(4_000);
  });
});

// A floor below the figure npm run eval:entities prints (WEA exact F1 0.765 on re3d-dev):
// a regression guard, not the target.
describe.skipIf(!existsSync(RE3D))('weapons on re3d-dev (skipped: ../shared absent)', () => {
  it('Weapon + MilitaryPlatform exact F1 >= 0.70', () => {
    const exact: Tally = new Map();
    for (const d of loadRe3d(RE3D).docs) {
      scoreDoc(d.text, d.gold, predictions(entities(d.text), 'all'), 'exact', exact);
    }
    const wea = sum(exact, ['WEA']);
    expect(wea.gold).toBeGreaterThan(40);
    expect(prf(wea).f).toBeGreaterThanOrEqual(0.7);
  });
});
