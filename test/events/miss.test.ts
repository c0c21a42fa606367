/** What the events stage must NOT type as a conflict event (everyday senses of war words). */
import { describe, expect, it } from 'vitest';
import { events, typed } from './run.js';

const NOT_TYPED: [string, string][] = [
  ['product launch', 'Apple launched a new iPhone in June.'],
  ['withdrawing a product', 'The company will withdraw the product from shops.'],
  ['labour strike', 'Rail workers went on strike over pay.'],
  ['a bill advancing', 'The bill advanced through parliament on Tuesday.'],
  ['firing an employee', 'The chief executive was fired by the board.'],
  ['financial losses', 'The bank reported heavy losses in the third quarter.'],
  ['arriving at work', 'She arrived at the office early.'],
  ['verbal attack', 'The senator attacked the proposal in a speech.'],
  ['capturing market share', 'The firm captured a larger share of the market.'],
  ['training staff', 'The company trains its staff every year.'],
];

describe('must not be typed', () => {
  for (const [why, text] of NOT_TYPED) {
    it(why, () => {
      expect(typed(text).map((e) => `${e.type}:${e.trigger.text}`)).toEqual([]);
    });
  }
});

describe('must not be an event mention at all', () => {
  it('"according to" and participles premodifying nouns', () => {
    const texts = events(
      'According to the report, the operating system and the upgraded camera are new.',
    ).map((e) => e.trigger.text);
    expect(texts).not.toContain('According');
    expect(texts).not.toContain('operating');
    expect(texts).not.toContain('upgraded');
  });
  it('nouns with event suffixes that name things', () => {
    const texts = events('The nation and its government built a station near the hospital.').map(
      (e) => e.trigger.text,
    );
    for (const w of ['nation', 'government', 'station', 'hospital']) expect(texts).not.toContain(w);
  });
  it('no time from a duration', () => {
    const e = events('Troops fought for two weeks.', {
      times: [['two weeks', 'P2W', 'DURATION']],
    }).find((x) => x.type === 'battle');
    expect(e?.time).not.toBe('t1');
  });
  it('a demonym in a prepositional phrase is not the place', () => {
    const e = typed('The troops withdrew, according to Ukrainian officials.', {
      entities: [['Ukrainian', 'country']],
    })[0];
    expect(e?.place ?? null).toBeNull();
  });
});
