/** Organisations named by their leader (data/entities/led-organisations.json): the phrase is
 * an organisation and the person inside is not credited with a mention there. */
import { describe, expect, it } from 'vitest';
import { byMention, entities } from './run.js';

const persons = (t: string): string[] =>
  entities(t)
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions.map((m) => m.text));

describe('a leader name before an organisation head', () => {
  it('is one organisation, not the person (CNN headlines)', () => {
    const t = 'Biden administration announces sanctions against more Russian officials';
    const org = byMention(entities(t), 'Biden administration');
    expect(org?.type).toBe('organisation');
    expect(org?.name).toBe('Biden administration');
    expect(org?.mentions[0]?.rule).toBe(
      'lexicon:data/entities/led-organisations.json#administration',
    );
    expect(persons(t)).toEqual([]);
    const s =
      "Key things to know about the Biden administration's ban on Russian energy imports to the US";
    expect(byMention(entities(s), 'Biden administration')?.type).toBe('organisation');
  });
  it('takes a title and a possessive, and names the body by surname (BBC business, politics)', () => {
    const t =
      "Economists point out that whatever Europe says, in the short term a weaker dollar is a boon to President George W Bush's administration.";
    const org = entities(t).find((e) => e.type === 'organisation');
    expect(org?.name).toBe('Bush administration');
    expect(persons(t)).toEqual([]);
    const u =
      "Mr Yushchenko's administration has accused its predecessor, led by ex-President Leonid Kuchma, of corruption.";
    expect(entities(u).find((e) => e.name === 'Yushchenko administration')?.type).toBe(
      'organisation',
    );
    expect(persons(u)).toEqual(['Leonid Kuchma']);
  });
  it('joins the compound and possessive forms, and keeps the person elsewhere', () => {
    const list = entities(
      "The Biden administration said on Tuesday it would send more air defence systems. Joe Biden spoke later. Biden's administration denied it.",
    );
    const org = list.find((e) => e.name === 'Biden administration');
    expect(org?.mentions.map((m) => m.text)).toEqual([
      'Biden administration',
      "Biden's administration",
    ]);
    expect(list.find((e) => e.type === 'person')?.mentions.map((m) => m.text)).toEqual([
      'Joe Biden',
    ]);
  });
  it("the Obama White House and Putin's government are one organisation each", () => {
    const list = entities("The Obama White House had warned. Putin's government denied it.");
    expect(list.map((e) => [e.type, e.name])).toEqual([
      ['organisation', 'Obama White House'],
      ['organisation', 'Putin government'],
    ]);
  });
});

describe('must not match', () => {
  it('a campaign after a possessive is the activity (BBC)', () => {
    expect(
      entities("Mr Glazer's campaign went on.").some((e) => e.name === 'Glazer campaign'),
    ).toBe(false);
  });
  it('a leader before a regime keeps the person (re3d annotates both)', () => {
    const t = 'Rebels said the Asad regime had bombed the town.';
    expect(persons(t)).toContain('Asad');
  });
  it('a head noun not after a person', () => {
    expect(
      entities('The administration said the government would act.')
        .filter((e) => e.type === 'organisation')
        .map((e) => e.name),
    ).not.toContain('administration');
  });
});
