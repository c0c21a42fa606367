/**
 * Who is speaking (issue 14 item 2): error classes seen on fresh articles, each with sentences
 * written for this test (not taken from any corpus), and what must not match.
 */
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/core/record.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { attributionStage } from '../../src/stages/attribution/index.js';
import { claimsStage } from '../../src/stages/claims/index.js';
import { entitiesStage } from '../../src/stages/entities/index.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { run } from './helpers.js';

const atts = (text: string): Attribution[] => run(text).attributions ?? [];

/** sentences, entities, attribution and claims: pronouns resolve against the entities layer */
const withEntities = createPipeline([sentencesStage, entitiesStage, attributionStage, claimsStage]);
const full = (text: string) =>
  withEntities.run({
    text,
    published: '2025-03-02',
    title: null,
    outlet: null,
    language: 'en',
    layers: {},
  });

describe('a speaker carries through the quoted sentences that continue a framed quote', () => {
  it('the next quoted sentence is the same speaker’s, and so are its claims', () => {
    const text =
      '“We will not back down,” Ana Ruiz said. “The vote was a turning point. Nobody in the hall expected it.”';
    const out = run(text);
    const [a, b] = out.attributions ?? [];
    expect(a).toMatchObject({ source: { text: 'Ana Ruiz' }, cue: { text: 'said' } });
    expect(b).toMatchObject({
      source: { text: 'Ana Ruiz' },
      cue: { text: 'said' },
      content: { text: '“The vote was a turning point. Nobody in the hall expected it.”' },
      direct: true,
      continues: a?.id,
    });
    const claim = out.claims?.find((c) => c.text.includes('turning point'));
    expect(claim?.attribution).toBe(b?.id);
  });

  it('a source-first quotation carries on too', () => {
    const list = atts(
      'The mayor told reporters: “The bridge is closed until Friday.” “Crews are working through the night.”',
    );
    expect(list.map((x) => x.content.text)).toEqual([
      '“The bridge is closed until Friday.”',
      '“Crews are working through the night.”',
    ]);
    expect(list[1]?.source?.text).toBe('The mayor');
  });

  it('stops at a paragraph break', () => {
    const list = atts(
      '“Prices will fall,” the minister said.\n\n“Nobody believes that,” a trader replied.',
    );
    expect(list.filter((x) => x.continues)).toEqual([]);
  });

  it('stops at a quotation with a frame of its own', () => {
    const list = atts(
      '“Prices will fall,” the minister said. “Nobody believes that,” a trader replied.',
    );
    expect(list.map((x) => x.source?.text)).toEqual(['the minister', 'a trader']);
    expect(list.filter((x) => x.continues)).toEqual([]);
  });

  it('an unquoted sentence after the quotation stays the article’s', () => {
    const out = run('“Prices will fall,” the minister said. The central bank met on Tuesday.');
    expect(out.attributions).toHaveLength(1);
    const claim = out.claims?.find((c) => c.text.includes('central bank'));
    expect(claim?.attribution).toBeNull();
  });

  it('an indirect report does not carry on into a later quotation', () => {
    const list = atts('The minister said prices would fall. “Nobody believes that.”');
    expect(list.filter((x) => x.continues)).toEqual([]);
  });
});

describe('source formulas with trailing modifiers', () => {
  it('"an official familiar with the matter said Sunday" is an anonymous source', () => {
    const [a] = atts(
      'The talks broke down over the weekend, an official familiar with the matter said Sunday.',
    );
    expect(a).toMatchObject({
      source: { text: 'an official familiar with the matter', anonymous: true, kind: 'official' },
      cue: { text: 'said' },
      content: { text: 'The talks broke down over the weekend' },
    });
  });

  it('"who spoke on condition of anonymity" before the cue', () => {
    const [a] = atts(
      'The convoy turned back at the border, two officers who spoke on condition of anonymity said.',
    );
    expect(a?.source).toMatchObject({
      text: 'two officers who spoke on condition of anonymity',
      anonymous: true,
    });
    expect(a?.content.text).toBe('The convoy turned back at the border');
  });

  it('people "briefed on" a thing are anonymous even when the thing has a name', () => {
    const [a] = atts(
      'The deal was signed late on Friday, three people briefed on the Geneva talks said.',
    );
    expect(a?.source).toMatchObject({
      text: 'three people briefed on the Geneva talks',
      anonymous: true,
    });
  });

  it('"both" and "separately" after the source are not part of it', () => {
    const [a] = atts('The senator will resign next month, NBC News and ABC News both reported.');
    expect(a).toMatchObject({
      source: { text: 'NBC News and ABC News', kind: 'outlet', anonymous: false },
      cue: { text: 'reported' },
      content: { text: 'The senator will resign next month' },
    });
    const [b] = atts('The factory will close in June, the union said separately.');
    expect(b?.source?.text).toBe('the union');
  });

  it('indefinite officials are anonymous; named ones are not', () => {
    expect(atts('The ceasefire is holding, an official said.')[0]?.source).toMatchObject({
      text: 'an official',
      anonymous: true,
    });
    expect(atts('The ceasefire is holding, a senior diplomat said.')[0]?.source?.anonymous).toBe(
      true,
    );
    expect(
      atts('The ceasefire is holding, a Defense Ministry spokesman said.')[0]?.source?.anonymous,
    ).toBe(true);
    expect(
      atts('The ceasefire is holding, the spokesman, Pavel Orlov, said.')[0]?.source?.anonymous,
    ).toBe(false);
    expect(atts('The ceasefire is holding, Pavel Orlov said.')[0]?.source?.anonymous).toBe(false);
  });

  it('a formula word outside a source frame is no source', () => {
    // "close to" and "familiar with" in plain prose frame nothing
    expect(atts('The village close to the river was familiar with floods.')).toEqual([]);
  });
});

describe('pronoun sources resolve with agreement, only to people or organisations', () => {
  it('"she" takes the woman named before, not a plural thing', () => {
    const out = full(
      'Maria Lopez arrived after weeks of talks. She said the comments were unfair.',
    );
    const a = out.attributions?.[0];
    expect(a?.source?.text).toBe('She');
    expect(a?.sourceName).toBe('Maria Lopez');
  });

  it('"he" never takes a country or an institution', () => {
    const out = full(
      'France criticised the administration on Monday. He said the plan would fail.',
    );
    const he = out.attributions?.find((x) => x.source?.text === 'He');
    expect(he?.sourceName).not.toBe('France');
    expect(he?.sourceName).not.toBe('the administration');
  });

  it('"he" skips a woman and takes the man', () => {
    const out = full(
      'Peter Novak met Anna Berg in Vienna on Monday. He said the meeting had been useful.',
    );
    const he = out.attributions?.find((x) => x.source?.text === 'He');
    expect(he?.sourceName).toBe('Peter Novak');
  });

  it('"he" skips an institution that spoke last and takes the spokesman', () => {
    const out = full(
      'John Kirby, the spokesman, spoke after the administration announced the deal. He said the talks were useful.',
    );
    const he = out.attributions?.find((x) => x.source?.text === 'He');
    expect(he?.sourceName).toBe('John Kirby');
  });

  it('"it" takes an organisation, not a person', () => {
    const out = full(
      'The Red Cross sent a team to Sumy, where Oleg Petrenko met them. It said the hospital was damaged.',
    );
    const it_ = out.attributions?.find((x) => x.source?.text === 'It');
    expect(it_?.sourceName).not.toBe('Oleg Petrenko');
  });

  it('with no agreeing antecedent the pronoun stays itself', () => {
    const out = full('Weeks of comments followed. He said nothing would change.');
    expect(out.attributions?.[0]?.sourceName).toBe('He');
  });
});

describe('a time phrase before the cue is never the source', () => {
  it('the subject before "on Saturday", "last month", "earlier Tuesday" is', () => {
    expect(
      atts('Senator Maria Ortiz on Saturday criticized the budget deal as too timid.')[0]?.source
        ?.text,
    ).toBe('Senator Maria Ortiz');
    expect(atts('Police had last month charged the driver with assault.')[0]?.source?.text).toBe(
      'Police',
    );
  });

  it('a report "published Wednesday" keeps its participle and time', () => {
    const said = atts('A report published Wednesday said the mine had been closed for years.').find(
      (a) => a.cue.text === 'said',
    );
    expect(said?.source?.text).toBe('A report published Wednesday');
  });

  it('must not match: a surname that is a month or a word like "Day"', () => {
    expect(atts('Theresa May said the talks would go on.')[0]?.source?.text).toBe('Theresa May');
    expect(atts('Kristen Day said the platform was a mistake.')[0]?.source?.text).toBe(
      'Kristen Day',
    );
  });
});

describe('"they" takes people or organisations, not things', () => {
  it('a plural thing that "showed" something is no antecedent of "they"', () => {
    const list = atts('Weeks of talks showed the plan was failing. They said the deal was dead.');
    const they = list.find((a) => a.source?.text === 'They');
    expect(they?.sourceName).toBe('They');
  });

  it('plural people are', () => {
    const list = atts(
      'Local farmers said the harvest was poor. They said the dry spring was to blame.',
    );
    const they = list.find((a) => a.source?.text === 'They');
    expect(they?.sourceName).toBe('Local farmers');
  });
});

describe('an inverted frame keeps a role "to" a name in its source', () => {
  it('"said the former top aide to President George Bush"', () => {
    expect(
      atts('“We went the other way,” said the former top aide to President George Bush.')[0]?.source
        ?.text,
    ).toBe('the former top aide to President George Bush');
  });

  it('must not match: a hearer after the speaker', () => {
    for (const a of atts('“Go home,” said the officer to the crowd.'))
      expect(a.source?.text ?? '').not.toContain('crowd');
  });
});
