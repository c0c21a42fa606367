/** The name tagger, typing and resolution on small texts, and what must not match. */
import { describe, expect, it } from 'vitest';
import { byMention, entities } from './run.js';

describe('finds and types unseen names', () => {
  it('a title types a person and is kept', () => {
    const e = byMention(
      entities('The brigade was led by Colonel Mykola Oleshchuk, officials said.'),
      'Colonel Mykola Oleshchuk',
    );
    expect(e?.type).toBe('person');
    expect(e?.name).toBe('Mykola Oleshchuk');
    expect(e?.role).toBe('Colonel');
  });
  it('numbered units are military units', () => {
    const e = byMention(
      entities('Soldiers of the 155th Marine Brigade deserted in France.'),
      '155th Marine Brigade',
    );
    expect(e?.type).toBe('military-unit');
  });
  it('a surname joins the full name', () => {
    const list = entities('Oleksandr Syrskyi visited the front. Syrskyi said the line held.');
    const e = byMention(list, 'Oleksandr Syrskyi');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Oleksandr Syrskyi', 'Syrskyi']);
  });
  it('an acronym joins its expansion', () => {
    const list = entities('The Korean Central News Agency (KCNA) said so. Later KCNA denied it.');
    const e = byMention(list, 'KCNA');
    expect(e?.name).toBe('Korean Central News Agency');
  });
  it('organisation words type organisations', () => {
    expect(
      byMention(
        entities('He met officials of the Ministry of Energy in Kyiv.'),
        'Ministry of Energy',
      )?.type,
    ).toBe('organisation');
  });
  it('a place word gives a place and its admin level', () => {
    const e = byMention(entities('Shelling hit the Donetsk oblast overnight.'), 'Donetsk oblast');
    expect(e?.type).toBe('place');
    expect(e?.geo?.admin).toBe('region');
  });
  it('cities get coordinates from GeoNames', () => {
    const e = byMention(entities('Explosions were heard in Kharkiv on Monday.'), 'Kharkiv');
    expect(e?.type).toBe('place');
    expect(e?.country).toBe('UA');
    expect(e?.geo?.source).toMatch(/GeoNames/);
  });
  it('demonyms resolve to their country', () => {
    const e = byMention(entities('American officials said Syrian forces withdrew.'), 'American');
    expect(e?.name).toBe('United States');
    expect(byMention(entities('Syrian forces withdrew.'), 'Syrian forces')?.country).toBe('SY');
  });
});

describe('must not match', () => {
  const names = (t: string): string[] => entities(t).flatMap((e) => e.mentions.map((m) => m.text));
  it('sentence-initial common words, months and weekdays', () => {
    expect(
      names('However, on Monday in January the talks stalled. The talks resume Friday.'),
    ).toEqual([]);
  });
  it('lower-case words that are also lexicon entries', () => {
    expect(names('the parliament voted and the congress met; we will see who wins.')).toEqual([]);
  });
  it('units after numbers are not acronyms', () => {
    expect(names('The phone has 8 GB of memory and a 3 MW plant.')).toEqual([]);
  });
  it('"US" is a country only in capitals', () => {
    expect(names('Let us go.')).toEqual([]);
  });
  it('a title alone is no person name', () => {
    expect(
      entities('The President said nothing.').filter(
        (e) =>
          e.type === 'person' && e.mentions.some((m) => (m as { form?: string }).form === 'name'),
      ),
    ).toEqual([]);
  });
});

describe('readings that other stages rely on', () => {
  const mention = (t: string, span: string) =>
    entities(t)
      .flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e })))
      .find((m) => m.text === span);
  it('a country used as an actor is marked, a country as a place is not', () => {
    expect(
      (mention('Syria has accused Israel of bombing Damascus.', 'Syria') as { metonym?: string })
        ?.metonym,
    ).toBe('organisation');
    expect(
      (mention('Rockets landed in Syria overnight.', 'Syria') as { metonym?: string })?.metonym,
    ).toBeUndefined();
  });
  it('a list of countries shares the reading of its last member', () => {
    expect(
      (mention('Sweden, Belgium and England win their games.', 'Sweden') as { metonym?: string })
        ?.metonym,
    ).toBe('organisation');
  });
  it('a country inside an organisation name stays a mention of the country', () => {
    expect(mention('The Government of Iraq welcomed the deal.', 'Iraq')?.entity.type).toBe(
      'country',
    );
    expect(
      mention('The Government of Iraq welcomed the deal.', 'Government of Iraq')?.entity.type,
    ).toBe('organisation');
  });
  it('an office named by its title is a nominal person mention', () => {
    const m = mention('The Foreign Secretary said the talks would continue.', 'Foreign Secretary');
    expect(m?.entity.type).toBe('person');
    expect((m as { form?: string })?.form).toBe('nominal');
  });
  it('participles after a hyphen are not part of a name', () => {
    expect(mention('US-led forces advanced.', 'US')?.entity.name).toBe('United States');
    expect(mention('US-led forces advanced.', 'US-led')).toBeUndefined();
  });
  it('a person takes the country named in their role', () => {
    const e = mention(
      'The Commander-in-Chief of the Armed Forces of Ukraine, General Oleksandr Syrskyi, spoke.',
      'General Oleksandr Syrskyi',
    )?.entity;
    expect(e?.country).toBe('UA');
  });
});
