/** Nominal mentions re3d annotates: groups of people and places named by a common noun. */
import { describe, expect, it } from 'vitest';
import { entities } from './run.js';

const mentions = (t: string) =>
  entities(t).flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
const spans = (t: string): string[] => mentions(t).map((m) => m.text);

describe('plural groups of people', () => {
  it('keep their determiner and modifiers as one span', () => {
    expect(spans('He urged all political parties to agree.')).toContain('all political parties');
    expect(spans('They met young musicians in the square.')).toContain('young musicians');
    expect(spans('Local aid workers said food had run out.')).toContain('aid workers');
    expect(spans('The talks satisfied both countries.')).toContain('both countries');
  });
  it('are groups or organisations', () => {
    const m = mentions('Officials said students had fled.');
    expect(m.find((x) => x.text === 'students')?.type).toBe('group');
    expect(mentions('Both countries signed.').find((x) => x.text === 'Both countries')?.type).toBe(
      'organisation',
    );
  });
});

describe('must not match', () => {
  it('a group noun used as a verb or modifier', () => {
    expect(spans('She staffs the desk and members-only clubs.')).not.toContain('staffs');
    expect(spans('The staff room was empty.')).not.toContain('The staff');
  });
  it('a number is not taken as a modifier', () => {
    expect(spans('Some 30 workers left.')).not.toContain('30 workers');
  });
});

describe('places named by a common noun', () => {
  it('with a determiner and at most one adjective', () => {
    expect(spans('A car bomb hit a mosque near the market.')).toContain('a mosque');
    expect(spans('They fled to a besieged town in the north.')).toContain('a besieged town');
    expect(spans('Both families lived in the same village.')).toContain('the same village');
    expect(spans('Shops on this street closed.')).toContain('this street');
    expect(spans('Troops dug in along the front line overnight.')).toContain('the front line');
    const m = mentions('A shell hit a petrol station.').find((x) => x.text === 'a petrol station');
    expect(m?.type).toBe('place');
  });
  it('each indefinite mention is its own place', () => {
    const list = entities('Shells hit a mosque. Later a mosque in the east was hit too.');
    expect(list.filter((e) => e.mentions.some((m) => m.text === 'a mosque'))).toHaveLength(2);
  });
});

describe('place nouns that must not match', () => {
  it('a place noun modifying another noun', () => {
    expect(spans('He is a school teacher and the market value fell.')).not.toContain('a school');
    expect(spans('He is a school teacher and the market value fell.')).not.toContain('the market');
  });
  it('a place noun without a determiner or as a verb', () => {
    expect(spans('They camp outside and field questions.')).toEqual([]);
  });
  // place-words.json "nominal": barrage is a dam only in a name, mine a pit only bare
  const places = (t: string): string[] =>
    mentions(t)
      .filter((m) => m.type === 'place')
      .map((m) => m.text);
  it('a barrage of fire (CNN headlines, and the brief)', () => {
    expect(places('Russia hit Ukraine with a barrage of missiles Thursday.')).toEqual([]);
    expect(
      places('Russia hit Kyiv with a daytime attack Monday after a barrage of overnight strikes.'),
    ).not.toContain('a barrage');
    expect(places('An artillery barrage hit the town.')).toEqual(['the town']);
  });
  it('a sea mine and the pronoun mine (CNN headline, BBC politics/380)', () => {
    expect(places('Ukrainian city of Odesa warns about a sea mine close to shore')).not.toContain(
      'a sea mine',
    );
    expect(
      places(
        'If the bill goes through there will be 12 more people on the employment line and one more small business going bankrupt - namely mine.',
      ),
    ).toEqual([]);
  });
  it('but named barrages and mines, and a bare "a mine", stay places', () => {
    expect(places('The intent was to use water stored from the Samarra Barrage.')).toContain(
      'Samarra Barrage',
    );
    expect(places('It owns the Olympic Dam mine in South Australia.')).toContain(
      'Olympic Dam mine',
    );
    expect(places('Could a mine in the desert hold the answers?')).toContain('a mine');
  });
});

describe('groups named by a name before an actor noun', () => {
  it('are nominal groups and keep the name inside as its own mention', () => {
    const m = mentions('Rebels said the Asad regime had bombed the town.');
    expect(m.find((x) => x.text === 'the Asad regime')?.type).toBe('organisation');
    expect(m.some((x) => x.text === 'Asad')).toBe(true);
    expect(spans('IS fighters attacked the village.')).toContain('IS fighters');
    expect(spans('Elders of the Al-Karabla clan met.')).toContain('the Al-Karabla clan');
  });
  it('not for countries and demonyms, which make country groups', () => {
    const m = mentions('Syrian forces and Russian troops advanced.');
    expect(m.filter((x) => x.text.endsWith('forces')).map((x) => x.text)).toEqual([
      'Syrian forces',
    ]);
  });
  it('not for a capitalised first word of a sentence', () => {
    expect(spans('Regime forces advanced.')).not.toContain('Regime forces');
  });
});

describe('one person named by a common noun after a possessive', () => {
  it('is a nominal person mention', () => {
    const m = mentions('He travelled with her younger brother and my wife stayed.');
    expect(m.find((x) => x.text === 'her younger brother')?.type).toBe('person');
    expect(spans('He travelled with her younger brother and my wife stayed.')).toContain('my wife');
  });
  it('not a possessive before a thing', () => {
    expect(spans('She sold her car and his house.')).toEqual([]);
  });
});
